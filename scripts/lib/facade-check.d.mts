export interface FacadeOperation {
  operationId: string;
  method: string;
  owner: string;
  file: string;
}
export interface TypeError {
  file: string;
  line: number;
  message: string;
}
export function facadeOperations(root: string): Promise<FacadeOperation[]>;
export function missingOperations(doc: any, root: string): Promise<FacadeOperation[]>;
export function typecheckFacade(root: string, generated: Record<string, string>): Promise<TypeError[]>;

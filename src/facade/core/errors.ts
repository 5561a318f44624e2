/**
 * Every error the SDK throws extends {@link ProvisioningError}, so one `instanceof`
 * check catches configuration, validation, HTTP, network and webhook failures alike.
 */
export class ProvisioningError extends Error {
  override readonly name: string = 'ProvisioningError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

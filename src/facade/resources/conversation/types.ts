import type { components } from '../../../generated/schema.js';

export type InstagramInfo = components['schemas']['ConversationInstagramInfoDto'];
export type MessengerInfo = components['schemas']['ConversationMessengerInfoDto'];
export type TelegramBotInfo = components['schemas']['ConversationTelegramBotInfoDto'];
export type ViberBotInfo = components['schemas']['ConversationViberBotInfoDto'];
/** ERROR or FAILING come with a `statusDescription`. */
export type ChannelStatus = components['schemas']['ConversationChannelStatusEnum'];

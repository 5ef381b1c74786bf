/**
 * The fragment key of a device link, kept apart from its codec (./device-link) so the page can
 * tell a device link is there without loading the code that reads it.
 */
export const TRANSFER_KEY = '#transfer=';

export const mayBeDeviceLink = (hash: string) => hash.startsWith(TRANSFER_KEY);

/** Hard limits every client and the server agree on. */

/** Largest WebSocket frame the server reads, in bytes of UTF-8 text. */
export const MAX_FRAME_BYTES = 8 * 1024;

/** Longest chat message, in characters. */
export const MAX_TEXT_CHARS = 4000;

/** Longest idempotency key a client may attach to a message. */
export const MAX_CLIENT_ID_CHARS = 64;

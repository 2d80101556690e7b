/** Discord's platform limits this bot must stay within (Discord developer documentation). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedFields: 25,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  optionDescription: 100,
  buttonsPerRow: 5,
  buttonLabel: 80,
} as const;

/**
 * Sent with every message: user text can never ping anyone. With allowed_mentions present, Discord's
 * replied_user defaults to false, so a reply does not ping its author either.
 */
export const NO_MENTIONS = { parse: [] as [] } as const;

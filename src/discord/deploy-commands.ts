import { REST, Routes } from 'discord.js';
import { ConfigError, loadConfig } from '../config.js';
import { COMMANDS } from './commands/index.js';

/** Registers the slash commands once: to one server with DISCORD_GUILD_ID (instant), else globally. */
async function deploy(): Promise<void> {
  const config = loadConfig();
  const discord = config.discord;
  if (!discord) throw new ConfigError('DISCORD_TOKEN', 'is required to deploy commands');
  if (!discord.clientId) throw new ConfigError('DISCORD_CLIENT_ID', 'is required to deploy commands (the application id)');
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const body = COMMANDS.map((c) => c.data);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.clientId, discord.guildId)
    : Routes.applicationCommands(discord.clientId);
  const result = (await rest.put(route, { body })) as unknown[];
  const where = discord.guildId ? `server ${discord.guildId}` : 'every server (global; may take a while to appear)';
  process.stdout.write(`Registered ${result.length} commands (${body.map((c) => `/${c.name}`).join(', ')}) for ${where}.\n`);
}

deploy().catch((err: unknown) => {
  const message = err instanceof ConfigError ? `Configuration error: ${err.message}.` : `Could not register the commands: ${(err as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
});

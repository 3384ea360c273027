// A config file named on the command line (`--config FILE`): it must exist.

import { readFile } from 'node:fs/promises';
import { ConfigError, parseConfig, type Config } from '../config.ts';

export async function loadConfigFile(file: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the config file ${file}: ${(error as Error).message}`);
  }
  return parseConfig(text, file);
}

export { createConsoleApp } from './create-console-app';
export { ConsoleConfig } from './config/console.config';

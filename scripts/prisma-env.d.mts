export function withSchemaEngine(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;

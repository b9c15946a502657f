export { createSandboxRuntime } from './sandbox-runtime';
export type { ForgeSandboxRuntime, RuntimeLogEntry, SandboxRuntimeOptions, WebTriggerRequest } from './sandbox-runtime';
export type { ChaosInput, ChaosSettings } from './chaos';
export { ChaosSettingsSchema } from './chaos';
export { FunctionTimeoutError } from './function-invoker';

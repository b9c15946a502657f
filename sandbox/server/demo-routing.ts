import { z } from 'zod';
import type { SandboxRuntime } from '../contracts';

/** Who handles which category in the demo desk (issue 3's accounts); the duty supervisor is 周八. */
const DEMO_GROUPS: Readonly<Record<string, readonly string[]>> = {
  hardware: ['zhaoliu@example.com'],
  software: ['lisi@example.com'],
  network: ['sunqi@example.com'],
  consultation: ['lisi@example.com', 'zhaoliu@example.com'],
  'data-security': ['sunqi@example.com'],
  'third-party': ['lisi@example.com'],
};
const DUTY_SUPERVISOR = 'zhouba@example.com';

const StoredConfigSchema = z.object({
  ok: z.literal(true),
  data: z.looseObject({
    version: z.number(),
    config: z.looseObject({ routing: z.looseObject({ groups: z.record(z.string(), z.looseObject({ members: z.array(z.string()) })) }) }),
  }),
});

/**
 * The demo desk routes requests to its engineers, as an admin would set it up after installing: through the admin
 * page's own resolvers, as the Jira admin, so the saved configuration passes the same validation and versioning.
 */
export async function configureDemoRouting(
  runtime: SandboxRuntime,
  accountIdOf: (email: string) => string | undefined,
  adminEmail: string,
): Promise<void> {
  const admin = accountIdOf(adminEmail);
  const id = (email: string): string => {
    const accountId = accountIdOf(email);
    if (accountId === undefined) throw new Error(`demo account missing: ${email}`);
    return accountId;
  };
  const call = (functionKey: string, payload: unknown) =>
    runtime.invoke({ moduleKey: 'admin', functionKey, payload, accountId: admin, context: { extension: { type: 'jira:adminPage' } } });
  const current = StoredConfigSchema.parse(await call('admin/getConfig', {})).data;
  const groups = Object.fromEntries(
    Object.entries(current.config.routing.groups).map(([category, group]) => [category, { ...group, members: (DEMO_GROUPS[category] ?? []).map(id) }]),
  );
  const config = { ...current.config, routing: { ...current.config.routing, groups, dutySupervisor: id(DUTY_SUPERVISOR) } };
  const saved: unknown = await call('admin/saveConfig', { config, expectedVersion: current.version });
  const ok = z.object({ ok: z.literal(true) }).safeParse(saved);
  if (!ok.success) throw new Error(`demo routing was refused: ${JSON.stringify(saved)}`);
}

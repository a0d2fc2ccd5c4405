import { CreateUserInputSchema } from '../../shared/org/user';
import type { ServerContext } from '../services/context';
import { insertNewUser } from '../services/users';
import { parse } from '../http/parse';
import type { CliArgs } from './args';
import { prompt } from './prompt';

/** `admin create`: the first admin (or another one), with what the flags leave out asked for. */
export async function adminCreate(ctx: ServerContext, args: CliArgs): Promise<string> {
  const employeeNo = args.employeeNo ?? (await prompt('工号 / employee no: '));
  const name = args.name ?? (await prompt('姓名 / name: '));
  const password = args.password ?? (await prompt('password (8–128 characters): ', true));
  const input = parse(CreateUserInputSchema, { employeeNo, name, role: 'admin', teamId: null, password }, 'admin');
  const user = await insertNewUser(ctx, input);
  return `[server] admin ${user.name} (${user.employeeNo}) created`;
}

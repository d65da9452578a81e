import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { EnginesConfig } from '../config';

/** A client of Entente's namespace; `dataConverter` is `caseDataConverter(keys)`, so no payload leaves in clear. */
export async function temporalClient(
  config: Pick<EnginesConfig, 'temporalAddress' | 'temporalNamespace'>,
  dataConverter: DataConverter,
): Promise<Client> {
  const connection = await Connection.connect({ address: config.temporalAddress });
  return new Client({ connection, namespace: config.temporalNamespace, dataConverter });
}

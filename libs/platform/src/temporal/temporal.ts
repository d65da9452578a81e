import { Client, Connection } from '@temporalio/client';
import type { EnginesConfig } from '../config';

export async function temporalClient(config: Pick<EnginesConfig, 'temporalAddress' | 'temporalNamespace'>): Promise<Client> {
  const connection = await Connection.connect({ address: config.temporalAddress });
  return new Client({ connection, namespace: config.temporalNamespace });
}

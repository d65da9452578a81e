import { enginesConfig } from '../config/engines.config';
import { ensureTopics, kafkaFor } from '../kafka';
import { jsonLogger } from '../logging/logger';

const log = jsonLogger('ensure-topics');
const config = enginesConfig();

ensureTopics(kafkaFor(config, '-setup', log), config.kafkaTopicPrefix, config)
  .then((created) =>
    log.info('topics ready', {
      created,
      replicationFactor: config.kafkaReplicationFactor,
      minInsyncReplicas: config.kafkaMinInsyncReplicas,
    }),
  )
  .catch((error: unknown) => {
    log.error('could not create topics', { error: String(error) });
    process.exit(1);
  });

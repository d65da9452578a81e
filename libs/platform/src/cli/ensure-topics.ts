import { enginesConfig } from '../config/engines.config';
import { ensureTopics, kafkaFor } from '../kafka';
import { jsonLogger } from '../logging/logger';

const log = jsonLogger('ensure-topics');

ensureTopics(kafkaFor(enginesConfig(), '-setup', log))
  .then((created) => log.info('topics ready', { created }))
  .catch((error: unknown) => {
    log.error('could not create topics', { error: String(error) });
    process.exit(1);
  });

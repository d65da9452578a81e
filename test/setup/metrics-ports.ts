// The tests run several APIs and workers at once, in this process and in processes of their own
// (which inherit this env), beside a running `npm start`: the API's and the console's metrics on a free port, the
// Temporal SDK's metrics exporter off, unless a test says otherwise.
process.env.API_METRICS_PORT ??= '0';
process.env.CONSOLE_METRICS_PORT ??= '0';
process.env.TEMPORAL_METRICS_PORT ??= '0';

import { Metadata, status, type InterceptorOptions, type StatusObject } from '@grpc/grpc-js';
import { quietAfterClose } from './temporal';

describe('a try made after the connection closed', () => {
  it('ends as cancelled, naming why, instead of throwing from its timer', () => {
    const closed = () => {
      throw new Error('Channel has been shut down');
    };
    const call = quietAfterClose({} as InterceptorOptions, closed);
    const heard: StatusObject[] = [];
    call.start(new Metadata(), { onReceiveStatus: (received: StatusObject) => heard.push(received) });
    call.sendMessage({});
    call.halfClose();
    expect(heard).toEqual([expect.objectContaining({ code: status.CANCELLED, details: 'Channel has been shut down' })]);
  });
});

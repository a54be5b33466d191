/** A graphql-transport-ws message as the client sent it. */
export interface SocketMessage {
  type: string;
  id?: string;
  payload?: Record<string, unknown>;
}

type Reply = (message: SocketMessage) => void;

/**
 * A WebSocket class standing in for the server's /graphql socket, for graphql-ws's `webSocketImpl`: the real client
 * runs its whole protocol against it. It acknowledges connection_init (or refuses it with `refuseWith`), records every
 * message, and hands each subscribe to `onSubscribe`, which answers with next/error/complete messages.
 */
export function fakeGraphSocket(options: { onSubscribe?: (message: SocketMessage, reply: Reply) => void; refuseWith?: number } = {}) {
  const sent: SocketMessage[] = [];
  const urls: string[] = [];

  class FakeWebSocket {
    static CONNECTING = 0;
    static OPEN = 1;
    static CLOSING = 2;
    static CLOSED = 3;
    readyState = FakeWebSocket.CONNECTING;
    protocol: string;
    onopen: ((event: unknown) => void) | null = null;
    onmessage: ((event: { data: string }) => void) | null = null;
    onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;

    constructor(url: string, protocol: string) {
      urls.push(url);
      this.protocol = protocol;
      setTimeout(() => {
        this.readyState = FakeWebSocket.OPEN;
        this.onopen?.({});
      });
    }

    send(text: string) {
      const message = JSON.parse(text) as SocketMessage;
      sent.push(message);
      if (message.type === 'connection_init') {
        if (options.refuseWith) this.close(options.refuseWith, 'Forbidden');
        else this.reply({ type: 'connection_ack' });
      } else if (message.type === 'subscribe') {
        options.onSubscribe?.(message, (m) => this.reply(m));
      }
    }

    close(code = 1000, reason = '') {
      if (this.readyState === FakeWebSocket.CLOSED) return;
      this.readyState = FakeWebSocket.CLOSED;
      setTimeout(() => this.onclose?.({ code, reason, wasClean: true }));
    }

    private reply(message: SocketMessage) {
      setTimeout(() => {
        if (this.readyState === FakeWebSocket.OPEN) this.onmessage?.({ data: JSON.stringify(message) });
      });
    }
  }

  return { WebSocket: FakeWebSocket, sent, urls };
}

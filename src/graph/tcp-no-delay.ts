/**
 * Bolt messages leave at once, not after Nagle's delay. Why: neo4j-driver writes a message
 * longer than its 1,400-byte chunk buffer in several socket writes, and with Nagle's
 * algorithm (Node's default) each later write waits for the ACK of the first, which Linux
 * delays by up to 40 ms while the server, still waiting for the rest of the message, has
 * nothing to send. Measured (issue 17): a statement whose parameters list 100 ids took 50 ms
 * instead of 2, a batched page of 100 parents 60–110 ms instead of 22. Batched DataLoader
 * statements are exactly the ones with long parameter lists.
 *
 * neo4j-driver 5.28 has no option for TCP_NODELAY and keeps its sockets private, so the
 * sockets that `net.connect` and `tls.connect` open get `setNoDelay(true)`: installed once
 * for the whole process, where any client socket only gains latency from it.
 */
import net from "node:net";
import tls from "node:tls";

let installed = false;

type Connect = (...args: unknown[]) => net.Socket;

function withoutDelay(connect: Connect): Connect {
  return function (this: unknown, ...args: unknown[]) {
    const socket = connect.apply(this, args);
    socket.setNoDelay(true);
    return socket;
  };
}

export function sendWithoutDelay(): void {
  if (installed) return;
  installed = true;
  const nets = net as unknown as { connect: Connect; createConnection: Connect };
  nets.connect = withoutDelay(nets.connect);
  nets.createConnection = withoutDelay(nets.createConnection);
  const tlss = tls as unknown as { connect: Connect };
  tlss.connect = withoutDelay(tlss.connect);
}

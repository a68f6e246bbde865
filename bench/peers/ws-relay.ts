/**
 * The bare Node `ws` floor: rooms of two sockets, the visitor's frame
 * forwarded to the room's agent as is. Runs in its own process so it does not
 * share an event loop with the clients that measure it.
 *   node bench/peers/ws-relay.ts <port>     then ws://127.0.0.1:<port>/<room>/<visitor|agent>
 */
import { WebSocketServer, type WebSocket } from "ws";

const port = Number(process.argv[2]);
const rooms = new Map<string, Set<WebSocket>>();
const server = new WebSocketServer({ host: "127.0.0.1", port, perMessageDeflate: false });

server.on("connection", (ws, request) => {
  const [, room = "", role = ""] = (request.url ?? "").split("/");
  const key = `${room}:agent`;
  if (role === "agent") {
    const agents = rooms.get(key) ?? new Set<WebSocket>();
    agents.add(ws);
    rooms.set(key, agents);
    ws.on("close", () => agents.delete(ws));
    return;
  }
  ws.on("message", (data, isBinary) => {
    for (const agent of rooms.get(key) ?? []) agent.send(data, { binary: isBinary });
  });
});
server.on("listening", () => console.log(`ws relay on ${port}`));

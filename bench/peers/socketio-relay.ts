/**
 * The Socket.IO 4 peer: rooms, WebSocket transport only, the visitor's
 * message emitted to the room's agents. Its own process, like the ws floor.
 *   node bench/peers/socketio-relay.ts <port>   clients connect with query { room, role }
 */
import { createServer } from "node:http";
import { Server } from "socket.io";

const port = Number(process.argv[2]);
const http = createServer();
const io = new Server(http, { transports: ["websocket"], perMessageDeflate: false, serveClient: false });

io.on("connection", (socket) => {
  const room = String(socket.handshake.query.room ?? "");
  const role = String(socket.handshake.query.role ?? "");
  if (role === "agent") {
    void socket.join(`${room}:agent`);
    return;
  }
  socket.on("message", (text: string) => {
    io.to(`${room}:agent`).emit("message", text);
  });
});
http.listen(port, "127.0.0.1", () => console.log(`socket.io relay on ${port}`));

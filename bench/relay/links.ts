/** The same visitor → agent exchange through each server the bench compares. */
import { io, type Socket } from "socket.io-client";
import { visitorText, type BatonClient } from "../lib/baton-client.ts";
import { FrameSocket } from "../lib/frame-socket.ts";
import type { RelayLink } from "./measure.ts";

/** Every target gets the product's own client frame, so the bytes sent match. */
function clientFrame(text: string, id: string): string {
  return JSON.stringify({ type: "message", clientId: `r-${id}`, text });
}

/** Ours: a real handoff and claim, then visitor → ConversationDO → agent. */
export async function oursLink(client: BatonClient): Promise<RelayLink> {
  const agentToken = await client.login();
  const queue = await client.queueSocket(agentToken);
  const pair = await client.handoffAndClaim(queue, agentToken);
  return {
    send: (text, id) => pair.visitor.send(clientFrame(text, id)),
    onReceive: (handler) => {
      pair.agent.onFrame = (frame) => {
        const text = visitorText(frame);
        if (text !== null) handler(text);
      };
    },
    close: () => {
      pair.visitor.close();
      pair.agent.close();
      queue.close();
    },
  };
}

/** Two plain WebSockets whose server forwards the visitor's raw frame (ws floor and runtime floor). */
export async function rawLink(visitorUrl: string, agentUrl: string): Promise<RelayLink> {
  const agent = await FrameSocket.open(agentUrl);
  const visitor = await FrameSocket.open(visitorUrl);
  return {
    send: (text, id) => visitor.send(clientFrame(text, id)),
    onReceive: (handler) => {
      agent.onFrame = (frame) => {
        if (typeof frame.text === "string") handler(frame.text);
      };
    },
    close: () => {
      visitor.close();
      agent.close();
    },
  };
}

function connectSocketIo(base: string, room: string, role: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(base, { transports: ["websocket"], query: { room, role }, reconnection: false, timeout: 10_000 });
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => reject(new Error(`socket.io ${role}: ${error.message}`)));
  });
}

export async function socketIoLink(base: string, room: string): Promise<RelayLink> {
  const agent = await connectSocketIo(base, room, "agent");
  const visitor = await connectSocketIo(base, room, "visitor");
  return {
    send: (text, id) => {
      if (!visitor.connected) return false;
      visitor.emit("message", clientFrame(text, id));
      return true;
    },
    onReceive: (handler) => {
      agent.on("message", (data: string) => {
        const frame = JSON.parse(data) as { text?: unknown };
        if (typeof frame.text === "string") handler(frame.text);
      });
    },
    close: () => {
      visitor.disconnect();
      agent.disconnect();
    },
  };
}

package dev.berth.adapters.rest.stream;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;

/**
 * Tells when a client shut down its writing side: with half-closure allowed, Netty reports it as a user event
 * that Vert.x's socket does not pass on as an end.
 */
final class HalfClose {

    private HalfClose() {
    }

    static void onInputShutdown(Channel channel, Runnable action) {
        channel.pipeline().addFirst(new ChannelInboundHandlerAdapter() {
            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
                if (event instanceof ChannelInputShutdownEvent) {
                    action.run();
                }
                super.userEventTriggered(ctx, event);
            }
        });
    }
}

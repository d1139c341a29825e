package dev.warden.adapter.web.netty;

import dev.warden.adapter.web.error.ErrorCatalogue;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body stops arriving (shorter than its Content-Length, or a client that stalls) is answered 408
 * in the contract's format once no byte came for {@code micronaut.server.read-idle-timeout}
 * ({@code AUTH_REQUEST_READ_TIMEOUT}), and its connection closed; Micronaut acts only on its idle-timeout (5 minutes),
 * closing silently. A connection idle between requests, or waiting for a reply, gets no 408.
 */
@Singleton
class SlowRequestTimeout implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private record Customizer(Channel channel) implements NettyServerCustomizer {
        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Customizer(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            var pipeline = channel.pipeline();
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "warden-request-timeout",
                        new Guard());
            }
        }
    }

    /** Knows whether a request has begun and not ended; answers 408 when the reader goes idle meanwhile. */
    private static final class Guard extends ChannelDuplexHandler {
        private static final byte[] BODY = ("{\"detail\":\"" + ErrorCatalogue.frameworkDetail(HttpStatus.REQUEST_TIMEOUT)
                + "\",\"status_code\":408,\"extra\":{}}").getBytes(StandardCharsets.UTF_8);
        private boolean reading;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
            if (message instanceof HttpRequest) {
                reading = true;
            }
            if (message instanceof LastHttpContent) {
                reading = false;
            }
            ctx.fireChannelRead(message);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (reading && event instanceof IdleStateEvent idle
                    && (idle.state() == IdleState.READER_IDLE || idle.state() == IdleState.ALL_IDLE)) {
                reading = false;
                var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_TIMEOUT,
                        Unpooled.wrappedBuffer(BODY));
                response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                        .set(HttpHeaderNames.CONTENT_LENGTH, BODY.length)
                        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                        .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ctx.fireUserEventTriggered(event);
        }
    }
}

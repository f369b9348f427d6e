package org.filspresso.iot.command;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;

/** {@link JmsRestartIT}'s probe: announces through the application's own dispatcher; takes one announcement by command id. */
@Path("")
@RequestScoped
public class JmsRestartProbe {

    @ApplicationPath("probe")
    public static class Api extends Application {
    }

    @Inject
    CommandDispatch dispatch;

    @Inject
    @JMSConnectionFactory("java:comp/DefaultJMSConnectionFactory")
    JMSContext jms;

    @Resource(lookup = CommandDispatch.QUEUE)
    Queue queue;

    @POST
    @Path("announce/{device}/{command}")
    public void announce(@PathParam("device") long device, @PathParam("command") long command) {
        dispatch.announce(device, command);
    }

    @GET
    @Path("take/{command}")
    public Response take(@PathParam("command") long command) throws JMSException {
        try (JMSConsumer consumer = jms.createConsumer(queue, "commandId = " + command)) {
            Message message = consumer.receive(10_000);
            if (message == null) {
                return Response.status(410).entity("not in the queue").build();
            }
            return Response.ok("device " + message.getLongProperty("deviceId") + ", command " + message.getLongProperty("commandId")
                    + (message.getJMSDeliveryMode() == DeliveryMode.PERSISTENT ? ", persistent" : ", not persistent")).build();
        }
    }
}

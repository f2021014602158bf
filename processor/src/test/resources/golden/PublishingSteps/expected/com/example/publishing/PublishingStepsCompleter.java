package com.example.publishing;

import dev.handback.internal.CompletionChannel;
import dev.handback.internal.DeliveringReply;
import dev.handback.internal.HandleCodec;
import dev.handback.internal.MethodRoute;
import dev.handback.internal.TypeToken;
import dev.handback.runtime.CompletionReply;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.Reply;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import dev.handback.runtime.ReplyRoute;
import dev.handback.runtime.VoidReply;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.WorkflowClient;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Replies to the activities of {@link PublishingSteps} that wait for an external party.
 *
 * <p>The external party receives a handle (or its {@code encode()}d string) and answers through
 * this client, for example {@code completer.submitForReview(handle).complete(...)}. Each method has
 * its own handle type, so a handle of one method cannot be used for another; {@link ReplyHandle}
 * says how a handle is made, read back, or built from what a party knows of the workflow.
 *
 * <p>For an {@code @AsyncCompletable} method {@code m}, {@code m(handle)} replies wherever the
 * handle addresses ({@link ReplyAddress}): by its ids, to the attempt that is current; one attempt,
 * by its task token; or the activity of the method pending in a workflow known by its business key,
 * looked up when the reply is sent. {@code m(workflowId, activityId)} and {@code m(workflowId,
 * runId, activityId)} reply to the current attempt of activity {@code activityId} by its ids
 * ({@link ReplyAddress.ActivityId}), in the latest run of workflow {@code workflowId} or in run
 * {@code runId} (null for the latest run).
 *
 * <p>For an {@code @ExternalResult} method, {@code complete} and {@code fail} deliver the result by
 * signal to the workflow that waits for it ({@link ReplyAddress.SignalAddress}). A handle made
 * while the method was {@code @AsyncCompletable} still completes its activity.
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class PublishingStepsCompleter {
  private final CompletionChannel channel;

  /** A completer that replies through {@code client}'s connection and namespace. */
  public PublishingStepsCompleter(WorkflowClient client) {
    this.channel = CompletionChannel.of(client);
  }

  /**
   * A completer that replies through {@code client}. Temporal's client only logs a failed {@code
   * reportCancellation}; prefer the {@link WorkflowClient} constructor, which throws.
   */
  public PublishingStepsCompleter(ActivityCompletionClient client) {
    this.channel = CompletionChannel.of(client);
  }

  /**
   * The reply to the workflow that waits for {@link PublishingSteps#submitForReview}, by signal
   * {@code Publishing_SubmitForReviewResult}.
   */
  public Reply<Verdict> submitForReview(SubmitForReviewHandle handle) {
    return DeliveringReply.to(channel, handle, PublishingStepsOptions.SUBMIT_FOR_REVIEW);
  }

  /**
   * The reply to the workflow that waits for {@link PublishingSteps#translate}, by signal {@code
   * translated}.
   */
  public Reply<List<String>> translate(TranslateHandle handle) {
    return DeliveringReply.to(channel, handle, PublishingStepsOptions.TRANSLATE);
  }

  /**
   * The reply to the workflow that waits for {@link PublishingSteps#announce}, by signal {@code
   * Publishing_NotifyResult}.
   */
  public VoidReply announce(AnnounceHandle handle) {
    return DeliveringReply.to(channel, handle, PublishingStepsOptions.ANNOUNCE);
  }

  /**
   * The reply to {@link PublishingSteps#legalSignOff} through {@code handle}: see {@link
   * ReplyAddress}.
   */
  public CompletionReply<Verdict> legalSignOff(LegalSignOffHandle handle) {
    return DeliveringReply.to(channel, handle, PublishingStepsOptions.LEGAL_SIGN_OFF);
  }

  /** The reply to {@link PublishingSteps#legalSignOff} by its ids, in the latest run. */
  public CompletionReply<Verdict> legalSignOff(String workflowId, String activityId) {
    return legalSignOff(workflowId, null, activityId);
  }

  /** The reply to {@link PublishingSteps#legalSignOff} by its ids, in run {@code runId}. */
  public CompletionReply<Verdict> legalSignOff(String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, LegalSignOffHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The {@link ReplyRoute}s of the methods of {@link PublishingSteps}, for replies from outside
   * Java.
   */
  public static List<ReplyRoute> routes() {
    return List.of(
        MethodRoute.ofSignal(
            SubmitForReviewHandle.KEY,
            PublishingStepsOptions.SUBMIT_FOR_REVIEW,
            Verdict.class,
            SubmitForReviewHandle::parse,
            PublishingStepsSignals.SUBMIT_FOR_REVIEW_SIGNAL),
        MethodRoute.ofSignal(
            TranslateHandle.KEY,
            PublishingStepsOptions.TRANSLATE,
            new TypeToken<List<String>>() {}.type(),
            TranslateHandle::parse,
            PublishingStepsSignals.TRANSLATE_SIGNAL),
        MethodRoute.ofSignal(
            AnnounceHandle.KEY,
            PublishingStepsOptions.ANNOUNCE,
            void.class,
            AnnounceHandle::parse,
            PublishingStepsSignals.ANNOUNCE_SIGNAL),
        MethodRoute.of(
            LegalSignOffHandle.KEY,
            PublishingStepsOptions.LEGAL_SIGN_OFF,
            Verdict.class,
            LegalSignOffHandle::parse));
  }

  /** {@link ReplyHandle} of {@link PublishingSteps#submitForReview}, by signal. */
  public static final class SubmitForReviewHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("PublishingSteps", "submitForReview");

    private SubmitForReviewHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static SubmitForReviewHandle of(ReplyAddress address) {
      return new SubmitForReviewHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static SubmitForReviewHandle parse(String encoded) {
      return new SubmitForReviewHandle(
          HandleCodec.decode(KEY, PublishingStepsSignals.SUBMIT_FOR_REVIEW_SIGNAL, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static SubmitForReviewHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static SubmitForReviewHandle forWorkflow(String workflowId, String runId) {
      return new SubmitForReviewHandle(
          new ReplyAddress.SignalAddress(
              workflowId, runId, PublishingStepsSignals.SUBMIT_FOR_REVIEW_SIGNAL));
    }
  }

  /** {@link ReplyHandle} of {@link PublishingSteps#translate}, by signal. */
  public static final class TranslateHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("PublishingSteps", "translate");

    private TranslateHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static TranslateHandle of(ReplyAddress address) {
      return new TranslateHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static TranslateHandle parse(String encoded) {
      return new TranslateHandle(
          HandleCodec.decode(KEY, PublishingStepsSignals.TRANSLATE_SIGNAL, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static TranslateHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static TranslateHandle forWorkflow(String workflowId, String runId) {
      return new TranslateHandle(
          new ReplyAddress.SignalAddress(
              workflowId, runId, PublishingStepsSignals.TRANSLATE_SIGNAL));
    }
  }

  /** {@link ReplyHandle} of {@link PublishingSteps#announce}, by signal. */
  public static final class AnnounceHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("PublishingSteps", "announce");

    private AnnounceHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static AnnounceHandle of(ReplyAddress address) {
      return new AnnounceHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static AnnounceHandle parse(String encoded) {
      return new AnnounceHandle(
          HandleCodec.decode(KEY, PublishingStepsSignals.ANNOUNCE_SIGNAL, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static AnnounceHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static AnnounceHandle forWorkflow(String workflowId, String runId) {
      return new AnnounceHandle(
          new ReplyAddress.SignalAddress(
              workflowId, runId, PublishingStepsSignals.ANNOUNCE_SIGNAL));
    }
  }

  /** {@link ReplyHandle} of {@link PublishingSteps#legalSignOff}, by activity ids. */
  public static final class LegalSignOffHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("PublishingSteps", "legalSignOff");

    private LegalSignOffHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static LegalSignOffHandle of(ReplyAddress address) {
      return new LegalSignOffHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static LegalSignOffHandle parse(String encoded) {
      return new LegalSignOffHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static LegalSignOffHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static LegalSignOffHandle forWorkflow(String workflowId, String runId) {
      return new LegalSignOffHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /** The handle of the call whose hand-off recorded {@code callKey}: see {@link ReplyHandle}. */
    public static LegalSignOffHandle forCall(String workflowId, String callKey) {
      return new LegalSignOffHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }
}

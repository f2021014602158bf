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
 * its own handle type, so a handle of one method cannot be used for another.
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
   * The reply to the workflow that waits for the result of {@link PublishingSteps#submitForReview}:
   * {@code complete} and {@code fail} deliver it by signal {@code
   * Publishing_SubmitForReviewResult}. A handle made while the method was {@code @AsyncCompletable}
   * still completes its activity.
   */
  public Reply<Verdict> submitForReview(SubmitForReviewHandle handle) {
    return DeliveringReply.to(channel, handle, PublishingStepsOptions.SUBMIT_FOR_REVIEW);
  }

  /**
   * The reply to the workflow that waits for the result of {@link PublishingSteps#translate}:
   * {@code complete} and {@code fail} deliver it by signal {@code translated}. A handle made while
   * the method was {@code @AsyncCompletable} still completes its activity.
   */
  public Reply<List<String>> translate(TranslateHandle handle) {
    return DeliveringReply.to(channel, handle, PublishingStepsOptions.TRANSLATE);
  }

  /**
   * The reply to the workflow that waits for the result of {@link PublishingSteps#announce}: {@code
   * complete} and {@code fail} deliver it by signal {@code Publishing_NotifyResult}. A handle made
   * while the method was {@code @AsyncCompletable} still completes its activity.
   */
  public VoidReply announce(AnnounceHandle handle) {
    return DeliveringReply.to(channel, handle, PublishingStepsOptions.ANNOUNCE);
  }

  /**
   * The reply to the activity of {@link PublishingSteps#legalSignOff} that {@code handle}
   * addresses: by its ids (the attempt that is current), one attempt by its task token, or the one
   * pending in a workflow known by its business key ({@link
   * LegalSignOffHandle#forWorkflow(String)}), looked up when the reply is sent.
   */
  public CompletionReply<Verdict> legalSignOff(LegalSignOffHandle handle) {
    return DeliveringReply.to(channel, handle, PublishingStepsOptions.LEGAL_SIGN_OFF);
  }

  /**
   * The reply to the current attempt of {@link PublishingSteps#legalSignOff}, activity {@code
   * activityId} of the latest run of workflow {@code workflowId}.
   */
  public CompletionReply<Verdict> legalSignOff(String workflowId, String activityId) {
    return legalSignOff(workflowId, null, activityId);
  }

  /**
   * The reply to the current attempt of {@link PublishingSteps#legalSignOff}, activity {@code
   * activityId} of run {@code runId} (null for the latest run) of workflow {@code workflowId}.
   */
  public CompletionReply<Verdict> legalSignOff(String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, LegalSignOffHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * Every method of {@link PublishingSteps} an external party replies to, with its handle parser
   * and result type, for a receiver that takes replies from outside Java, such as {@code
   * dev.handback.webhook.WebhookReceiver}.
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

  /**
   * Addresses the workflow that waits for the result of {@link PublishingSteps#submitForReview}:
   * made inside the activity by {@code PublishingStepsAsync.submitForReview()}, handed to the
   * external party as {@link #encode()}, and read back by {@link #parse(String)}.
   */
  public static final class SubmitForReviewHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("PublishingSteps", "submitForReview");

    private SubmitForReviewHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of {@link PublishingSteps#submitForReview} at {@code address}, such as another
     * handle's {@code address()}.
     */
    public static SubmitForReviewHandle of(ReplyAddress address) {
      return new SubmitForReviewHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is empty, damaged, truncated, of an unknown
     *     version, or made for another method
     */
    public static SubmitForReviewHandle parse(String encoded) {
      return new SubmitForReviewHandle(
          HandleCodec.decode(KEY, PublishingStepsSignals.SUBMIT_FOR_REVIEW_SIGNAL, encoded));
    }

    /**
     * The handle of the latest run of workflow {@code workflowId}, for a party that knows the
     * workflow by its business key, the id it was started with, but was not given a handle.
     */
    public static SubmitForReviewHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /**
     * The handle of run {@code runId} (null for the latest run) of workflow {@code workflowId}, for
     * a party that knows the workflow but was not given a handle.
     */
    public static SubmitForReviewHandle forWorkflow(String workflowId, String runId) {
      return new SubmitForReviewHandle(
          new ReplyAddress.SignalAddress(
              workflowId, runId, PublishingStepsSignals.SUBMIT_FOR_REVIEW_SIGNAL));
    }
  }

  /**
   * Addresses the workflow that waits for the result of {@link PublishingSteps#translate}: made
   * inside the activity by {@code PublishingStepsAsync.translate()}, handed to the external party
   * as {@link #encode()}, and read back by {@link #parse(String)}.
   */
  public static final class TranslateHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("PublishingSteps", "translate");

    private TranslateHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of {@link PublishingSteps#translate} at {@code address}, such as another handle's
     * {@code address()}.
     */
    public static TranslateHandle of(ReplyAddress address) {
      return new TranslateHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is empty, damaged, truncated, of an unknown
     *     version, or made for another method
     */
    public static TranslateHandle parse(String encoded) {
      return new TranslateHandle(
          HandleCodec.decode(KEY, PublishingStepsSignals.TRANSLATE_SIGNAL, encoded));
    }

    /**
     * The handle of the latest run of workflow {@code workflowId}, for a party that knows the
     * workflow by its business key, the id it was started with, but was not given a handle.
     */
    public static TranslateHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /**
     * The handle of run {@code runId} (null for the latest run) of workflow {@code workflowId}, for
     * a party that knows the workflow but was not given a handle.
     */
    public static TranslateHandle forWorkflow(String workflowId, String runId) {
      return new TranslateHandle(
          new ReplyAddress.SignalAddress(
              workflowId, runId, PublishingStepsSignals.TRANSLATE_SIGNAL));
    }
  }

  /**
   * Addresses the workflow that waits for the result of {@link PublishingSteps#announce}: made
   * inside the activity by {@code PublishingStepsAsync.announce()}, handed to the external party as
   * {@link #encode()}, and read back by {@link #parse(String)}.
   */
  public static final class AnnounceHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("PublishingSteps", "announce");

    private AnnounceHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of {@link PublishingSteps#announce} at {@code address}, such as another handle's
     * {@code address()}.
     */
    public static AnnounceHandle of(ReplyAddress address) {
      return new AnnounceHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is empty, damaged, truncated, of an unknown
     *     version, or made for another method
     */
    public static AnnounceHandle parse(String encoded) {
      return new AnnounceHandle(
          HandleCodec.decode(KEY, PublishingStepsSignals.ANNOUNCE_SIGNAL, encoded));
    }

    /**
     * The handle of the latest run of workflow {@code workflowId}, for a party that knows the
     * workflow by its business key, the id it was started with, but was not given a handle.
     */
    public static AnnounceHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /**
     * The handle of run {@code runId} (null for the latest run) of workflow {@code workflowId}, for
     * a party that knows the workflow but was not given a handle.
     */
    public static AnnounceHandle forWorkflow(String workflowId, String runId) {
      return new AnnounceHandle(
          new ReplyAddress.SignalAddress(
              workflowId, runId, PublishingStepsSignals.ANNOUNCE_SIGNAL));
    }
  }

  /**
   * Addresses an activity of {@link PublishingSteps#legalSignOff}, whatever its attempt: made
   * inside the activity by {@code PublishingStepsAsync.legalSignOff()}, handed to the external
   * party as {@link #encode()}, and read back by {@link #parse(String)}. A party that knows only
   * the workflow uses {@link #forWorkflow(String)} or {@link #forCall(String, String)}.
   */
  public static final class LegalSignOffHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("PublishingSteps", "legalSignOff");

    private LegalSignOffHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of {@link PublishingSteps#legalSignOff} at {@code address}, such as another
     * handle's {@code address()}.
     */
    public static LegalSignOffHandle of(ReplyAddress address) {
      return new LegalSignOffHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is empty, damaged, truncated, of an unknown
     *     version, or made for another method
     */
    public static LegalSignOffHandle parse(String encoded) {
      return new LegalSignOffHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /**
     * The handle of the latest run of workflow {@code workflowId}, for a party that knows the
     * workflow by its business key, the id it was started with, but was not given a handle. A reply
     * through it asks Temporal which activity of {@link PublishingSteps#legalSignOff} the workflow
     * has pending, and goes to that one.
     */
    public static LegalSignOffHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /**
     * The handle of run {@code runId} (null for the latest run) of workflow {@code workflowId}, for
     * a party that knows the workflow but was not given a handle.
     */
    public static LegalSignOffHandle forWorkflow(String workflowId, String runId) {
      return new LegalSignOffHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /**
     * The handle of the call of {@link PublishingSteps#legalSignOff} whose hand-off recorded {@code
     * callKey} ({@code PublishingStepsAsync.legalSignOff(callKey)}), pending in the latest run of
     * workflow {@code workflowId}: for a workflow that runs several calls of the method at once.
     */
    public static LegalSignOffHandle forCall(String workflowId, String callKey) {
      return new LegalSignOffHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }
}

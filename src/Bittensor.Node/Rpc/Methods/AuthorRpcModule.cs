using Bittensor.Core.Primitives;
using Bittensor.Node.Chain;
using Bittensor.Node.Pool;
using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// The <c>author_*</c> methods over the <see cref="TransactionPool"/> (sc-rpc <c>author/mod.rs</c>) and
/// <c>system_accountNextIndex</c> (sc-rpc system, alias <c>account_nextIndex</c>), which needs the pool. Refusals are
/// Substrate's author errors (sc-rpc-api <c>author/error.rs</c>): 1001 bad format, 1010 invalid, 1011 unknown validity,
/// 1012 banned, 1013 already imported, 1014 priority too low, 1016 immediately dropped.
/// </summary>
internal sealed class AuthorRpcModule(Blockchain chain, TransactionPool pool) : IRpcModule
{
    public void Register(RpcMethodTable methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        AuthorJsonContext json = AuthorJsonContext.Default;
        methods.Add("author_submitExtrinsic", p => Submit(p.GetBytes(0, "extrinsic"), null).Hash.ToString(), RpcJsonContext.Default.String);
        methods.Add("author_pendingExtrinsics", _ => pool.Pending().Select(t => t.Bytes).ToArray(), json.ByteArrayArray);
        methods.Add("author_removeExtrinsic", p => RemoveExtrinsics(p.Get(0, "bytesOrHash", json.ExtrinsicOrHashArray)), json.StringArray);
        methods.Add("system_accountNextIndex", p => NextIndex(p.GetString(0, "account")), RpcJsonContext.Default.UInt32, "account_nextIndex");
        methods.AddSubscription(
            new RpcSubscriptionSpec("author_submitAndWatchExtrinsic", "author_unwatchExtrinsic", "author_extrinsicUpdate"),
            json.TransactionStatus,
            (p, sink) => Submit(p.GetBytes(0, "extrinsic"), new SinkWatcher(sink)));
    }

    /// <summary>The RPC error for a pool refusal.</summary>
    public static RpcError ToRpcError(TransactionRejectedException rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return rejection.Kind switch
        {
            PoolErrorKind.BadFormat => RpcErrors.BadFormat(rejection.Message),
            PoolErrorKind.InvalidTransaction => RpcErrors.InvalidTransaction(rejection.Validity?.Message ?? rejection.Message),
            PoolErrorKind.UnknownValidity => RpcErrors.UnknownTransaction(rejection.Validity?.Message ?? rejection.Message),
            PoolErrorKind.TemporarilyBanned => RpcErrors.TemporarilyBanned,
            PoolErrorKind.AlreadyImported => RpcErrors.AlreadyImported(rejection.Message),
            PoolErrorKind.TooLowPriority => RpcErrors.TooLowPriority(rejection.OldPriority, rejection.NewPriority),
            _ => RpcErrors.ImmediatelyDropped,
        };
    }

    private PoolTransaction Submit(byte[] extrinsic, ITransactionWatcher? watcher)
    {
        try
        {
            return pool.Submit(extrinsic, watcher);
        }
        catch (TransactionRejectedException ex)
        {
            throw ToRpcError(ex).ToException();
        }
    }

    private string[] RemoveExtrinsics(ExtrinsicOrHash[] items)
    {
        var removed = new List<string>();
        foreach (ExtrinsicOrHash item in items)
        {
            byte[] hash = item.Hash ?? (item.Extrinsic is { } bytes ? TransactionPool.HashOf(bytes).ToArray() : throw RpcErrors.InvalidParams("each item is {\"hash\": …} or {\"extrinsic\": …}").ToException());
            if (hash.Length != H256.Size)
            {
                throw RpcErrors.InvalidParams($"a transaction hash is {H256.Size} bytes, got {hash.Length}").ToException();
            }

            var h = new H256(hash);
            if (pool.RemoveInvalid(h))
            {
                removed.Add(h.ToString());
            }
        }

        return [.. removed];
    }

    private uint NextIndex(string account)
    {
        if (!AccountId32.TryParse(account, out AccountId32 who, out string? error))
        {
            throw RpcErrors.InvalidParams($"invalid account: {error}").ToException();
        }

        return pool.NextNonce(who, chain.Runtime.Runtime.AccountNonce(chain.BestState, who));
    }

    /// <summary>Forwards pool updates to one subscription and ends it at a final status.</summary>
    private sealed class SinkWatcher(ISubscriptionSink<TransactionStatus> sink) : ITransactionWatcher
    {
        public void OnStatus(TransactionStatus status)
        {
            if (status.IsFinal)
            {
                sink.TryPublishLast(status);
            }
            else
            {
                sink.TryPublish(status);
            }
        }
    }
}

using Bittensor.Node.Rpc;
using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Tests.Infrastructure;

/// <summary>Methods and a subscription source that exist only in tests, to drive the server's generic paths.</summary>
internal sealed class TestRpcModule : IRpcModule
{
    public static readonly RpcSubscriptionSpec Numbers = new("test_subscribeNumbers", "test_unsubscribeNumbers", "test_number")
    {
        SubscribeAliases = ["test_subscribeNumber"],
        UnsubscribeAliases = ["test_unsubscribeNumber"],
    };

    public static readonly RpcSubscriptionSpec Words = new("test_subscribeWords", "test_unsubscribeWords", "test_word");

    public SubscriptionHub<int> NumberHub { get; } = new();

    public SubscriptionHub<string> WordHub { get; } = new();

    public void Register(RpcMethodTable methods)
    {
        RpcJsonContext json = RpcJsonContext.Default;
        methods.Add("test_echo", p => p.GetElement(0, "value").Clone(), json.JsonElement);
        methods.Add("test_add", p => p.GetUInt64(0, "a") + p.GetUInt64(1, "b"), json.UInt64);
        methods.Add("test_bytes", p => p.GetBytes(0, "data"), json.ByteArray);
        methods.Add("test_text", p => new string('x', (int)p.GetUInt32(0, "length")), json.String);
        methods.Add("test_fail", Fail, json.String);
        methods.Add("test_crash", Crash, json.String);
        methods.Add(
            "test_delay",
            async (p, ctx) =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(p.GetUInt32(0, "ms")), ctx.CancellationToken);
                return true;
            },
            json.Boolean);
        methods.AddSubscription(Numbers, json.Int32, (p, sink) =>
        {
            if (p.GetOptionalString(0, "mode") == "reject")
            {
                throw RpcErrors.InvalidTransactionCustom(8).ToException();
            }

            NumberHub.Attach(sink, sendLatest: true);
        });
        methods.AddSubscription(Words, json.String, (_, sink) => WordHub.Attach(sink));
    }

    private static string Fail(RpcParams p) => throw RpcErrors.InvalidTransaction("Transaction has a bad signature").ToException();

    private static string Crash(RpcParams p) => throw new InvalidOperationException("boom");
}

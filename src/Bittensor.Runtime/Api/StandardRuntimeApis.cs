using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Api;

/// <summary>
/// The Substrate runtime APIs every client uses (<c>Core</c>, <c>AccountNonceApi</c> …), as subtensor's
/// <c>runtime/src/lib.rs</c> <c>impl_runtime_apis!</c> declares them.
/// </summary>
public static class StandardRuntimeApis
{
    public static IEnumerable<RuntimeApiDescriptor> Create(NodeRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        yield return new RuntimeApiDescriptor(
            "Core",
            5,
            [new RuntimeApiMethodDescriptor("version", [], KnownTypes.RuntimeVersion, Version, [" Returns the version of the runtime."])],
            [" The `Core` runtime api that every Substrate runtime needs to implement."]);
        yield return new RuntimeApiDescriptor(
            "AccountNonceApi",
            1,
            [new RuntimeApiMethodDescriptor("account_nonce", [new FieldDef("account", KnownTypes.AccountId32)], TypeRef.U32, AccountNonce, [" Get current account nonce of given `AccountId`."])],
            [" The API to query account nonce."]);
    }

    private static byte[] Version(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        new ScaleReader(args).EnsureConsumed();
        return call.Runtime.Runtime.Version.Encode();
    }

    private static byte[] AccountNonce(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        var account = new AccountId32(reader.ReadBytes(32, "account"));
        reader.EnsureConsumed();
        return ScaleCodec.Encode<uint, U32Codec>(call.Runtime.Runtime.AccountNonce(call.State, account));
    }
}

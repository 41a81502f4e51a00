using Bittensor.Core.Crypto;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Api;
using Bittensor.Runtime.Genesis;

namespace Bittensor.Runtime.Tests.Api;

public class RuntimeApiHostTests
{
    private static readonly NodeRuntime Runtime = NodeRuntime.CreateDev();

    private static RuntimeApiCall GenesisCall()
    {
        GenesisBlock genesis = Runtime.BuildGenesis(GenesisConfig.Dev(), dev: true);
        var store = new InMemoryKeyValueStore();
        store.Write(genesis.ToWriteBatch());
        return new RuntimeApiCall(Runtime, store, genesis.Hash);
    }

    [Fact]
    public void CoreVersion_IsTheRuntimeVersionEncoding()
    {
        Assert.Equal(Runtime.Runtime.Version.Encode(), Runtime.Apis.Call(GenesisCall(), "Core_version", []));
    }

    [Fact]
    public void AccountNonce_ReadsSystemAccount()
    {
        byte[] alice = KeyPair.FromUri("//Alice").PublicKey.ToArray();
        Assert.Equal(new byte[4], Runtime.Apis.Call(GenesisCall(), "AccountNonceApi_account_nonce", alice));
    }

    [Fact]
    public void UnknownMethod_AndBadArguments_AreNamedErrors()
    {
        RuntimeApiCall call = GenesisCall();
        Assert.Contains("Nope_nothing", Assert.Throws<RuntimeApiException>(() => Runtime.Apis.Call(call, "Nope_nothing", [])).Message, StringComparison.Ordinal);
        Assert.Contains("AccountNonceApi_account_nonce", Assert.Throws<RuntimeApiException>(() => Runtime.Apis.Call(call, "AccountNonceApi_account_nonce", new byte[31])).Message, StringComparison.Ordinal);
        Assert.Throws<RuntimeApiException>(() => Runtime.Apis.Call(call, "Core_version", [0]));
    }

    [Fact]
    public void EveryDeclaredApi_IsAdvertisedByTheRuntimeVersion_WithTheSameVersion()
    {
        foreach (RuntimeApiDescriptor api in Runtime.Apis.Apis)
        {
            Assert.Contains(Runtime.Runtime.Version.Apis, a => a.Name == api.Name && a.Version == api.Version);
        }
    }
}

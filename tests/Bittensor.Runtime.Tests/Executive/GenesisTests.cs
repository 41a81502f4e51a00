using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage.Trie;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Genesis;

namespace Bittensor.Runtime.Tests.Executive;

public class GenesisTests
{
    [Fact]
    public void Dev_FundsSixAccounts_SudoAndAuraAreAlice_IssuanceConsistent()
    {
        var chain = new TestChain();
        var state = new StorageOverlay(chain.Store);
        SubtensorRuntime runtime = chain.Runtime;
        ulong sum = 0;
        foreach (string name in GenesisConfig.DevAccountNames)
        {
            AccountInfo info = runtime.System.Account.Get(state, TestChain.Account(name));
            Assert.Equal(GenesisConfig.DevEndowment, info.Data.Free.Rao);
            Assert.Equal(1u, info.Providers);
            Assert.True(info.Data.IsNewLogic);
            sum += info.Data.Free.Rao + info.Data.Reserved.Rao;
        }

        Assert.Equal(1_000_000_000_000_000UL, GenesisConfig.DevEndowment);
        Assert.Equal(sum, runtime.Balances.TotalIssuance.Get(state));
        Assert.True(runtime.Sudo.Key.TryGet(state, out AccountId32 sudo));
        Assert.Equal(TestChain.Alice, sudo);
        Assert.Equal([TestChain.Alice], runtime.Aura.Authorities.Get(state));
        Assert.Equal(GenesisBuilder.Hash69, runtime.System.BlockHash.Get(state, 0));
        Assert.Equal(GenesisBuilder.Hash69, runtime.System.ParentHash.Get(state));
        Assert.True(runtime.System.UpgradedToTripleRefCount.Get(state));
    }

    [Fact]
    public void GenesisHeader_CommitsToState_AndIsStable()
    {
        GenesisBlock a = GenesisBuilder.Build(new SubtensorRuntime(), GenesisConfig.Dev());
        GenesisBlock b = GenesisBuilder.Build(new SubtensorRuntime(), GenesisConfig.Dev());
        Assert.Equal(a.Hash, b.Hash);
        Assert.Equal(0u, a.Header.Number);
        Assert.Equal(H256.Zero, a.Header.ParentHash);
        Assert.Equal(TrieRoot.Empty, a.Header.ExtrinsicsRoot);
        Assert.Equal(TrieRoot.ComputeSorted(a.Storage, StateVersion.V1), a.Header.StateRoot);
        Assert.Equal(a.Header.Hash(), a.Hash);
        Assert.Empty(a.Header.Digest.Logs);

        GenesisConfig other = GenesisConfig.Dev() with { SudoKey = TestChain.Bob };
        Assert.NotEqual(a.Hash, GenesisBuilder.Build(new SubtensorRuntime(), other).Hash);
    }

    [Fact]
    public void Build_DuplicateOrDustBalance_Throws()
    {
        var runtime = new SubtensorRuntime();
        Assert.Throws<ArgumentException>(() => GenesisBuilder.Build(runtime, new GenesisConfig(null, [], [new(TestChain.Alice, 1_000), new(TestChain.Alice, 1_000)])));
        Assert.Throws<ArgumentException>(() => GenesisBuilder.Build(runtime, new GenesisConfig(null, [], [new(TestChain.Alice, 499)])));
    }
}

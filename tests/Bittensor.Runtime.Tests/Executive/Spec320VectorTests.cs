using System.Text.Json;
using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Tests.Vectors;

namespace Bittensor.Runtime.Tests.Executive;

/// <summary>
/// The real signed transfer of the <c>extrinsic_v4</c> vector (finney spec 320, 11 extensions) validated by the runtime
/// configured as that chain: version 320, the 11-extension list, System.BlockHash holding finney's genesis and era block.
/// </summary>
public class Spec320VectorTests
{
    [Theory]
    [InlineData("sr25519 //Alice")]
    [InlineData("ed25519 //Alice")]
    public void ValidateTransaction_FinneyVector_IsValidUnderSpec320Configuration(string name)
    {
        JsonElement c = VectorFile.Load("substrate-crypto.json").GetProperty("extrinsic_v4").GetProperty(name);
        JsonElement p = c.GetProperty("params");
        var runtime = new SubtensorRuntime(version: RuntimeVersion.Subtensor with { SpecVersion = 320 }, extensions: TransactionExtensionSchema.Spec320);
        byte[] encoded = Hex.Decode(c.GetProperty("extrinsic").GetString()!);
        UncheckedExtrinsic xt = UncheckedExtrinsic.Decode(encoded, runtime.Extensions);
        Assert.True(xt.Signature!.Signer.TryGetAccountId(out AccountId32 signer));

        // Finney at block 6 553 223 (the era's birth block is the best block): genesis and signer state as when signed.
        const uint Best = 6_553_223;
        var store = new InMemoryKeyValueStore();
        var overlay = new StorageOverlay(store);
        runtime.System.Number.Put(overlay, Best);
        runtime.System.BlockHash.Insert(overlay, 0, H256.Parse(p.GetProperty("genesis").GetString()!));
        runtime.System.Account.Insert(overlay, signer, new AccountInfo(5, 0, 1, 0, Bittensor.Runtime.Pallets.SystemPallet.DefaultAccountData with { Free = Balance.FromTao(100) }));
        runtime.Balances.TotalIssuance.Put(overlay, Balance.FromTao(100).Rao);
        store.Write(overlay.ToWriteBatch());

        H256 eraBlock = H256.Parse(p.GetProperty("era_block_hash").GetString()!);
        TransactionValidity validity = runtime.ValidateTransaction(store, encoded, eraBlock);
        Assert.True(validity.IsValid, validity.ToString());
        Assert.Equal([.. signer.AsSpan(), 5, 0, 0, 0], Assert.Single(validity.Valid!.Provides));
        Assert.Equal(Era.Mortal(64, Best).Death(Best + 1) - (Best + 1), validity.Valid.Longevity);

        // The same bytes under spec 425 (or with another era block) are a bad signature.
        Assert.Equal(InvalidTransaction.BadProof, new SubtensorRuntime().ValidateTransaction(store, encoded, eraBlock).Error?.InvalidReason);
        Assert.Equal(InvalidTransaction.BadProof, runtime.ValidateTransaction(store, encoded, H256.Blake2b256([0])).Error?.InvalidReason);
    }
}

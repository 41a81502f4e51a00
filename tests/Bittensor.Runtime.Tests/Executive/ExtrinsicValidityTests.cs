using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Tests.Executive;

/// <summary>Each way an extrinsic can be rejected, through both the block executor and pool validation.</summary>
public class ExtrinsicValidityTests
{
    private static InvalidTransaction? InvalidReason(ApplyExtrinsicResult result) => result.ValidityError?.InvalidReason;

    [Theory]
    [InlineData(KeyScheme.Sr25519)]
    [InlineData(KeyScheme.Ed25519)]
    public void SignedTransfer_Spec425_13Extensions_IsAppliedAndValid(KeyScheme scheme)
    {
        var chain = new TestChain();
        KeyPair signer = TestChain.Key("Alice", scheme);
        if (scheme == KeyScheme.Ed25519)
        {
            // Fund the ed25519 //Alice account first (a different account id than sr25519 //Alice).
            chain.Block(chain.Sign(TestChain.Key("Alice"), chain.TransferKeepAlive(new AccountId32(signer.PublicKey.Span), 10 * Balance.RaoPerTao)));
        }

        byte[] xt = chain.Sign(signer, chain.TransferKeepAlive(TestChain.Bob, Balance.RaoPerTao));
        Assert.Equal(13, chain.Runtime.Extensions.Extensions.Count);
        TransactionValidity validity = chain.Runtime.ValidateTransaction(chain.Store, xt, chain.HeadHash);
        Assert.True(validity.IsValid, validity.ToString());
        Assert.Equal(1UL, validity.Valid!.Priority);
        Assert.Empty(validity.Valid.Requires);
        Assert.Equal(ulong.MaxValue, validity.Valid.Longevity);

        ApplyExtrinsicResult result = Assert.Single(chain.Block(xt));
        Assert.Equal(ApplyOutcome.Success, result.Outcome);
        Assert.Equal("0x0000", Hex.Encode(result.Encode()));
    }

    [Fact]
    public void BadSignature_IsBadProof()
    {
        var chain = new TestChain();
        byte[] xt = chain.Sign(TestChain.Key("Alice"), chain.TransferKeepAlive(TestChain.Bob, 1_000));
        xt[40] ^= 0x01; // inside the 64-byte signature (after length, version, address)
        Assert.Equal(InvalidTransaction.BadProof, InvalidReason(Assert.Single(chain.Block(xt))));
        Assert.Equal(InvalidTransaction.BadProof, chain.Runtime.ValidateTransaction(chain.Store, xt, chain.HeadHash).Error?.InvalidReason);
    }

    [Fact]
    public void SignedBySomeoneElse_IsBadProof()
    {
        var chain = new TestChain();
        RuntimeCall call = chain.TransferKeepAlive(TestChain.Charlie, 1_000);
        var extra = new TransactionExtra(Era.Immortal, 0, 0);
        TransactionImplicit implicitData = chain.ImplicitFor(Era.Immortal, chain.Number);
        byte[] payload = chain.Runtime.Extensions.SigningPayload(call.Encode(), extra, implicitData);
        var forged = UncheckedExtrinsic.Signed(new ExtrinsicSignature(MultiAddress.Id(TestChain.Alice), MultiSignature.Sign(TestChain.Key("Bob"), payload), extra), call.Encode());
        Assert.Equal(InvalidTransaction.BadProof, InvalidReason(Assert.Single(chain.Block(forged.Encode(chain.Runtime.Extensions)))));
    }

    [Fact]
    public void WrongGenesis_IsBadProof()
    {
        var chain = new TestChain();
        TransactionImplicit wrong = chain.ImplicitFor(Era.Immortal, chain.Number) with { GenesisHash = H256.Blake2b256([1]), BirthHash = H256.Blake2b256([1]) };
        byte[] xt = chain.Sign(TestChain.Key("Alice"), chain.TransferKeepAlive(TestChain.Bob, 1_000), implicitOverride: wrong);
        Assert.Equal(InvalidTransaction.BadProof, InvalidReason(Assert.Single(chain.Block(xt))));
    }

    [Theory]
    [InlineData(424u, 1u)]
    [InlineData(425u, 2u)]
    public void WrongSpecOrTransactionVersion_IsBadProof(uint spec, uint tx)
    {
        var chain = new TestChain();
        TransactionImplicit wrong = chain.ImplicitFor(Era.Immortal, chain.Number) with { SpecVersion = spec, TransactionVersion = tx };
        byte[] xt = chain.Sign(TestChain.Key("Alice"), chain.TransferKeepAlive(TestChain.Bob, 1_000), implicitOverride: wrong);
        Assert.Equal(InvalidTransaction.BadProof, chain.Runtime.ValidateTransaction(chain.Store, xt, chain.HeadHash).Error?.InvalidReason);
        Assert.Equal(InvalidTransaction.BadProof, InvalidReason(Assert.Single(chain.Block(xt))));
    }

    [Fact]
    public void StaleNonce_IsStale_FutureNonce_IsFutureInBlockButValidForPool()
    {
        var chain = new TestChain();
        KeyPair alice = TestChain.Key("Alice");
        chain.Block(chain.Sign(alice, chain.TransferKeepAlive(TestChain.Bob, 1_000)));
        Assert.Equal(1u, chain.Nonce(TestChain.Alice));

        byte[] stale = chain.Sign(alice, chain.TransferKeepAlive(TestChain.Bob, 1_000), nonce: 0);
        Assert.Equal(InvalidTransaction.Stale, chain.Runtime.ValidateTransaction(chain.Store, stale, chain.HeadHash).Error?.InvalidReason);

        byte[] future = chain.Sign(alice, chain.TransferKeepAlive(TestChain.Bob, 1_000), nonce: 3);
        TransactionValidity pool = chain.Runtime.ValidateTransaction(chain.Store, future, chain.HeadHash);
        Assert.True(pool.IsValid);
        Assert.Equal([.. TestChain.Alice.AsSpan(), 2, 0, 0, 0], Assert.Single(pool.Valid!.Requires));
        Assert.Equal([.. TestChain.Alice.AsSpan(), 3, 0, 0, 0], Assert.Single(pool.Valid.Provides));

        IReadOnlyList<ApplyExtrinsicResult> results = chain.Block(stale, future);
        Assert.Equal(InvalidTransaction.Stale, InvalidReason(results[0]));
        Assert.Equal(InvalidTransaction.Future, InvalidReason(results[1]));
        Assert.Equal(1u, chain.Nonce(TestChain.Alice));
    }

    [Fact]
    public void MortalEra_Valid_Expired_AndAncient()
    {
        var chain = new TestChain();
        for (int i = 0; i < 5; i++)
        {
            chain.Block();
        }

        // Signed at block 5 with period 4 (birth 5): valid for blocks 5..8, applied in block 6.
        Era era = Era.Mortal(4, chain.Number);
        byte[] mortal = chain.Sign(TestChain.Key("Alice"), chain.TransferKeepAlive(TestChain.Bob, 1_000), era: era);
        TransactionValidity pool = chain.Runtime.ValidateTransaction(chain.Store, mortal, chain.HeadHash);
        Assert.True(pool.IsValid, pool.ToString());
        Assert.Equal(era.Death(chain.Number + 1) - (chain.Number + 1), pool.Valid!.Longevity);

        // Expired: the era recomputes a newer birth block whose hash was not signed.
        var later = new TestChain();
        for (int i = 0; i < 5; i++)
        {
            later.Block();
        }

        byte[] old = later.Sign(TestChain.Key("Alice"), later.TransferKeepAlive(TestChain.Bob, 1_000), era: Era.Mortal(4, later.Number));
        for (int i = 0; i < 4; i++)
        {
            later.Block();
        }

        Assert.Equal(InvalidTransaction.BadProof, later.Runtime.ValidateTransaction(later.Store, old, later.HeadHash).Error?.InvalidReason);
        Assert.Equal(InvalidTransaction.BadProof, InvalidReason(Assert.Single(later.Block(old))));

        // Ancient: the birth block's hash is no longer in System.BlockHash (pruned after BlockHashCount blocks).
        var pruned = new TestChain();
        pruned.Block();
        pruned.Block();
        byte[] ancient = pruned.Sign(TestChain.Key("Alice"), pruned.TransferKeepAlive(TestChain.Bob, 1_000), era: Era.Mortal(8, pruned.Number));
        pruned.Block();
        Assert.True(pruned.Runtime.ValidateTransaction(pruned.Store, ancient, pruned.HeadHash).IsValid);
        var batch = new Core.Storage.WriteBatch();
        batch.Remove(pruned.Runtime.System.BlockHash.KeyFor(2));
        pruned.Store.Write(batch);
        Assert.Equal(InvalidTransaction.AncientBirthBlock, pruned.Runtime.ValidateTransaction(pruned.Store, ancient, pruned.HeadHash).Error?.InvalidReason);
        Assert.Equal(InvalidTransaction.AncientBirthBlock, InvalidReason(Assert.Single(pruned.Block(ancient))));

        Assert.True(chain.Block(mortal)[0].IsIncluded);
    }

    [Fact]
    public void InsufficientBalanceForFee_IsPayment_NeverFundedSigner_IsPayment()
    {
        var chain = new TestChain();
        KeyPair dave = TestChain.Key("Dave");
        // Leave Dave with exactly the existential deposit plus a little: not enough for a fee while staying alive.
        ulong daveFree = chain.AccountOf(TestChain.Account("Dave")).Data.Free.Rao;
        chain.Block(chain.Sign(dave, chain.TransferAllowDeath(TestChain.Bob, daveFree - 200_000)));
        Assert.InRange(chain.AccountOf(TestChain.Account("Dave")).Data.Free.Rao, 500UL, 100_000UL);
        byte[] poor = chain.Sign(dave, chain.TransferKeepAlive(TestChain.Bob, 1));
        Assert.Equal(InvalidTransaction.Payment, chain.Runtime.ValidateTransaction(chain.Store, poor, chain.HeadHash).Error?.InvalidReason);
        Assert.Equal(InvalidTransaction.Payment, InvalidReason(Assert.Single(chain.Block(poor))));

        byte[] stranger = chain.Sign(TestChain.Key("Stranger"), chain.TransferKeepAlive(TestChain.Bob, 1));
        Assert.Equal(InvalidTransaction.Payment, chain.Runtime.ValidateTransaction(chain.Store, stranger, chain.HeadHash).Error?.InvalidReason);
    }

    [Fact]
    public void UnknownCall_TrailingBytes_OtherVersion_AreUndecodableWithReasons()
    {
        var chain = new TestChain();
        KeyPair alice = TestChain.Key("Alice");
        var extra = new TransactionExtra(Era.Immortal, 0, 0);
        TransactionImplicit implicitData = chain.ImplicitFor(Era.Immortal, 0);
        byte[] unknownCall = UncheckedExtrinsic.CreateSigned(alice, [5, 42, 0], extra, implicitData, chain.Runtime.Extensions).Encode(chain.Runtime.Extensions);
        byte[] trailing = UncheckedExtrinsic.CreateSigned(alice, [.. chain.TransferKeepAlive(TestChain.Bob, 1).Encode(), 0xff], extra, implicitData, chain.Runtime.Extensions).Encode(chain.Runtime.Extensions);
        byte[] v5 = [0x0c, 0x05, 0x00, 0x00];

        IReadOnlyList<ApplyExtrinsicResult> results = chain.Block(unknownCall, trailing, v5);
        Assert.All(results, r => Assert.Equal(ApplyOutcome.Undecodable, r.Outcome));
        Assert.Contains("has no call index 42", results[0].DecodeError, StringComparison.Ordinal);
        Assert.Contains("1 trailing byte(s) after call Balances.transfer_keep_alive", results[1].DecodeError, StringComparison.Ordinal);
        Assert.Contains("unsupported extrinsic version 5", results[2].DecodeError, StringComparison.Ordinal);
        Assert.Contains("trailing", chain.Runtime.ValidateTransaction(chain.Store, trailing, chain.HeadHash).DecodeError, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => results[0].Encode());
    }

    [Fact]
    public void NonAccountSigner_IsCannotLookup()
    {
        var chain = new TestChain();
        RuntimeCall call = chain.TransferKeepAlive(TestChain.Bob, 1);
        var extra = new TransactionExtra(Era.Immortal, 0, 0);
        var xt = UncheckedExtrinsic.Signed(new ExtrinsicSignature(MultiAddress.Address32(TestChain.Alice.AsSpan()), MultiSignature.Create(SignatureKind.Sr25519, new byte[64]), extra), call.Encode());
        TransactionValidity validity = chain.Runtime.ValidateTransaction(chain.Store, xt.Encode(chain.Runtime.Extensions), chain.HeadHash);
        Assert.Equal(UnknownTransaction.CannotLookup, validity.Error?.UnknownReason);
    }

    [Fact]
    public void SudoCallFromNonSudo_IsBadSigner()
    {
        var chain = new TestChain();
        RuntimeCall sudo = chain.Runtime.Sudo.Sudo.Create(chain.Runtime.System.Remark.Create(Array.Empty<byte>()));
        byte[] xt = chain.Sign(TestChain.Key("Bob"), sudo);
        Assert.Equal(InvalidTransaction.BadSigner, chain.Runtime.ValidateTransaction(chain.Store, xt, chain.HeadHash).Error?.InvalidReason);
        Assert.Equal(InvalidTransaction.BadSigner, InvalidReason(Assert.Single(chain.Block(xt))));
    }

    [Fact]
    public void UnsignedNonInherent_IsNoUnsignedValidator_InherentInPool_IsMandatoryValidation()
    {
        var chain = new TestChain();
        byte[] bareTransfer = UncheckedExtrinsic.Bare(chain.TransferKeepAlive(TestChain.Bob, 1).Encode()).Encode(chain.Runtime.Extensions);
        Assert.Equal(UnknownTransaction.NoUnsignedValidator, Assert.Single(chain.Block(bareTransfer)).ValidityError?.UnknownReason);
        Assert.Equal(UnknownTransaction.NoUnsignedValidator, chain.Runtime.ValidateTransaction(chain.Store, bareTransfer, chain.HeadHash).Error?.UnknownReason);
        Assert.Equal(InvalidTransaction.MandatoryValidation, chain.Runtime.ValidateTransaction(chain.Store, chain.TimestampInherent(chain.Number + 1), chain.HeadHash).Error?.InvalidReason);
    }

    [Fact]
    public void Timestamp_SecondInherent_AndInherentAfterSigned_AreBadMandatory_MissingTimestamp_FailsFinalize()
    {
        var chain = new TestChain();
        BlockExecutor block = chain.StartBlock();
        Assert.Equal(InvalidTransaction.BadMandatory, block.ApplyExtrinsic(chain.TimestampInherent(block.Number)).ValidityError?.InvalidReason);
        Assert.True(block.ApplyExtrinsic(chain.Sign(TestChain.Key("Alice"), chain.Runtime.System.Remark.Create(new byte[] { 1 }))).IsIncluded);
        chain.Commit(block);

        BlockExecutor next = chain.Runtime.BeginBlock(chain.Store.GetSnapshot(), chain.NextHeader());
        Assert.True(next.ApplyExtrinsic(chain.Sign(TestChain.Key("Alice"), chain.Runtime.System.Remark.Create(new byte[] { 2 }))).IsIncluded);
        Assert.Equal(InvalidTransaction.BadMandatory, next.ApplyExtrinsic(chain.TimestampInherent(next.Number)).ValidityError?.InvalidReason);
        Assert.Throws<InvalidOperationException>(() => next.FinalizeBlock());
    }

    [Fact]
    public void Timestamp_NotMatchingAuraSlot_IsBadMandatory()
    {
        var chain = new TestChain();
        BlockExecutor block = chain.Runtime.BeginBlock(chain.Store.GetSnapshot(), chain.NextHeader(slotOffset: 7));
        ApplyExtrinsicResult result = block.ApplyExtrinsic(chain.TimestampInherent(1));
        Assert.Equal(InvalidTransaction.BadMandatory, result.ValidityError?.InvalidReason);
        Assert.Contains("CurrentSlot", result.ValidityError?.Detail, StringComparison.Ordinal);
    }
}

using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage.Trie;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Runtime.Tests.Executive;

public class BlockLifecycleTests
{
    [Fact]
    public void Transfer_EventsPhasesAndFee_AsFrame()
    {
        var chain = new TestChain();
        ulong aliceBefore = chain.AccountOf(TestChain.Alice).Data.Free.Rao;
        ulong bobBefore = chain.AccountOf(TestChain.Bob).Data.Free.Rao;
        ulong issuance = chain.TotalIssuance;
        byte[] xt = chain.Sign(TestChain.Key("Bob"), chain.TransferKeepAlive(TestChain.Charlie, Balance.RaoPerTao));

        BlockExecutor block = chain.StartBlock();
        Assert.True(block.ApplyExtrinsic(xt).IsIncluded);
        Header header = chain.Commit(block);

        // Expected fee: base (ExtrinsicBaseWeight / 2000) + length (1 rao per byte) + weight fee of the declared weight.
        var info = chain.Runtime.Balances.TransferKeepAlive.Create(Bittensor.Core.Chain.Extrinsics.MultiAddress.Id(TestChain.Charlie), Balance.RaoPerTao).GetDispatchInfo();
        ulong expectedFee = TransactionPaymentPallet.WeightToFee(BlockLimits.BaseExtrinsic) + (ulong)xt.Length + TransactionPaymentPallet.WeightToFee(info.CallWeight.SaturatingAdd(BlockLimits.ReadsWrites(3, 0)));
        Assert.InRange(expectedFee, 100_000UL, 400_000UL);

        Assert.Equal(bobBefore - Balance.RaoPerTao - expectedFee, chain.AccountOf(TestChain.Bob).Data.Free.Rao);
        Assert.Equal(aliceBefore + expectedFee, chain.AccountOf(TestChain.Alice).Data.Free.Rao); // //Alice authored the block
        Assert.Equal(issuance, chain.TotalIssuance);
        Assert.Equal(1u, chain.Nonce(TestChain.Bob));

        string[] names = [.. block.Events.Select(e => e.Event.Descriptor.ToString())];
        Assert.Equal(
            ["System.ExtrinsicSuccess", "Balances.Withdraw", "Balances.Transfer", "Balances.Deposit", "Balances.Deposit", "TransactionPayment.TransactionFeePaid", "System.ExtrinsicSuccess"],
            names);
        Assert.Equal(Phase.ApplyExtrinsic(0), block.Events[0].Phase);
        Assert.All(block.Events.Skip(1), e => Assert.Equal(Phase.ApplyExtrinsic(1), e.Phase));
        Assert.Equal(expectedFee, block.Events[1].Event.Get<ulong>("amount"));
        Assert.Equal(0UL, block.Events[3].Event.Get<ulong>("amount"));
        Assert.Equal(TestChain.Alice, block.Events[4].Event.Get<AccountId32>("who"));
        Assert.Equal(expectedFee, block.Events[5].Event.Get<ulong>("actual_fee"));
        DispatchEventInfo success = block.Events[6].Event.Get<DispatchEventInfo>(0);
        Assert.Equal(info.CallWeight.SaturatingAdd(BlockLimits.ReadsWrites(3, 0)).SaturatingAdd(BlockLimits.BaseExtrinsic), success.Weight);
        DispatchEventInfo inherent = block.Events[0].Event.Get<DispatchEventInfo>(0);
        Assert.Equal(DispatchClass.Mandatory, inherent.Class);

        // The events are in state, and the query_info fee agrees with what was charged.
        var state = new Bittensor.Runtime.Framework.Storage.StorageOverlay(chain.Store);
        Assert.Equal(block.EncodedEvents(), chain.Runtime.System.EventsValue.Get(state));
        Assert.Equal(7u, chain.Runtime.System.EventCount.Get(state));
        Assert.Equal(expectedFee, chain.Runtime.QueryInfo(chain.Store, xt).PartialFee);
        Assert.Equal(header.Number, chain.Runtime.System.Number.Get(state));
    }

    [Fact]
    public void FailingCall_ChangesNothingButFeeAndNonce()
    {
        var chain = new TestChain();
        ulong bobBefore = chain.AccountOf(TestChain.Bob).Data.Free.Rao;
        ulong charlieBefore = chain.AccountOf(TestChain.Charlie).Data.Free.Rao;
        byte[] xt = chain.Sign(TestChain.Key("Bob"), chain.TransferKeepAlive(TestChain.Charlie, bobBefore));

        BlockExecutor block = chain.StartBlock();
        ApplyExtrinsicResult result = block.ApplyExtrinsic(xt);
        chain.Commit(block);

        Assert.Equal(ApplyOutcome.DispatchFailed, result.Outcome);
        Assert.Equal(DispatchError.Token(TokenError.FundsUnavailable), result.DispatchError);
        Assert.Equal("0x00010700", Hex.Encode(result.Encode()));
        ulong fee = block.Events.Single(e => e.Event.Is(chain.Runtime.TransactionPayment.TransactionFeePaid)).Event.Get<ulong>("actual_fee");
        Assert.Equal(bobBefore - fee, chain.AccountOf(TestChain.Bob).Data.Free.Rao);
        Assert.Equal(charlieBefore, chain.AccountOf(TestChain.Charlie).Data.Free.Rao);
        Assert.Equal(1u, chain.Nonce(TestChain.Bob));
        RuntimeEvent failed = block.Events[^1].Event;
        Assert.True(failed.Is(chain.Runtime.System.ExtrinsicFailed));
        Assert.DoesNotContain(block.Events, e => e.Event.Is(chain.Runtime.Balances.Transfer));
    }

    [Fact]
    public void NoAuthorDigest_BurnsTheFee()
    {
        var chain = new TestChain();
        ulong issuance = chain.TotalIssuance;
        byte[] xt = chain.Sign(TestChain.Key("Bob"), chain.Runtime.System.Remark.Create(new byte[] { 1, 2, 3 }));
        // A block without the Aura pre-digest has no author; its timestamp slot check then fails, so apply the signed
        // extrinsic without a timestamp and inspect the state before finalizing.
        BlockExecutor block = chain.Runtime.BeginBlock(chain.Store.GetSnapshot(), new Header(chain.HeadHash, 1, H256.Zero, H256.Zero, Digest.Empty));
        Assert.True(block.ApplyExtrinsic(xt).IsIncluded);
        ulong fee = block.Events.Single(e => e.Event.Is(chain.Runtime.TransactionPayment.TransactionFeePaid)).Event.Get<ulong>("actual_fee");
        Assert.Equal(issuance - fee, chain.Runtime.Balances.TotalIssuance.Get(block.Context.Storage));
    }

    [Fact]
    public void SameGenesisAndBlocks_GiveSameRoots_TwiceAndAcrossRuntimeInstances()
    {
        // sr25519 signatures are randomized, so the blocks are signed once and replayed: same bytes, same chain.
        var signing = new TestChain();
        KeyPair[] signers = [TestChain.Key("Alice"), TestChain.Key("Bob"), TestChain.Key("Charlie")];
        byte[][][] blocks = [.. Enumerable.Range(0, 4).Select(b => signers.Select(s => signing.Sign(s, signing.TransferAllowDeath(TestChain.Account("Dave"), 1_000 + (ulong)b), nonce: (uint)b)).ToArray())];

        List<H256> Run(SubtensorRuntime runtime)
        {
            var chain = new TestChain(runtime);
            var roots = new List<H256> { chain.Genesis.Header.StateRoot };
            foreach (byte[][] extrinsics in blocks)
            {
                Assert.All(chain.Block(extrinsics), r => Assert.True(r.IsIncluded));
                roots.Add(chain.Head.StateRoot);
                roots.Add(chain.HeadHash);
            }

            return roots;
        }

        var shared = new SubtensorRuntime();
        List<H256> first = Run(shared);
        Assert.Equal(first, Run(shared));
        Assert.Equal(first, Run(new SubtensorRuntime()));
        Assert.Equal(9, first.Distinct().Count());
    }

    [Fact]
    public void ExecuteBlock_ReimportsAnAuthoredBlock_AndDetectsTampering()
    {
        var author = new TestChain();
        var importer = new TestChain();
        Assert.Equal(author.Genesis.Hash, importer.Genesis.Hash);

        BlockExecutor block = author.StartBlock();
        block.ApplyExtrinsic(author.Sign(TestChain.Key("Alice"), author.TransferKeepAlive(TestChain.Bob, 5 * Balance.RaoPerTao)));
        block.ApplyExtrinsic(author.Sign(TestChain.Key("Eve"), author.TransferKeepAlive(TestChain.Bob, 10 * Balance.RaoPerTao)));
        Header header = author.Commit(block);

        BlockExecutor imported = importer.Runtime.ExecuteBlock(importer.Store.GetSnapshot(), header, block.IncludedExtrinsics);
        Assert.Equal(header.Hash(), imported.Header!.Hash());
        Assert.Equal(block.EncodedEvents(), imported.EncodedEvents());

        Header tampered = header with { StateRoot = H256.Blake2b256([1]) };
        Assert.Throws<InvalidOperationException>(() => importer.Runtime.ExecuteBlock(importer.Store.GetSnapshot(), tampered, block.IncludedExtrinsics));
        Assert.Throws<InvalidOperationException>(() => importer.Runtime.ExecuteBlock(importer.Store.GetSnapshot(), header, [.. block.IncludedExtrinsics.Take(2)]));
    }

    [Fact]
    public void ExecuteBlock_SignaturesPreverifiedInParallel_MatchTheAuthor_AndAForgedOneIsRefused()
    {
        var author = new TestChain();
        var importer = new TestChain();
        BlockExecutor block = author.StartBlock();
        for (uint nonce = 0; nonce < 8; nonce++)
        {
            Assert.True(block.ApplyExtrinsic(author.Sign(TestChain.Key("Alice"), author.TransferKeepAlive(TestChain.Bob, Balance.RaoPerTao), nonce)).IsIncluded);
        }

        Header header = author.Commit(block);
        BlockExecutor imported = importer.Runtime.ExecuteBlock(importer.Store.GetSnapshot(), header, block.IncludedExtrinsics);
        Assert.Equal(header.Hash(), imported.Header!.Hash());
        Assert.Equal(block.EncodedEvents(), imported.EncodedEvents());

        // Extrinsic 4 (after the timestamp inherent) with one signature bit flipped: the parallel pre-check must not let it through.
        UncheckedExtrinsic original = UncheckedExtrinsic.Decode(block.IncludedExtrinsics[4], importer.Runtime.Extensions);
        ExtrinsicSignature signature = original.Signature!;
        byte[] flipped = signature.Signature.Bytes.ToArray();
        flipped[10] ^= 1;
        byte[] forged = UncheckedExtrinsic.Signed(signature with { Signature = MultiSignature.Create(signature.Signature.Kind, flipped) }, original.Call.Span).Encode(importer.Runtime.Extensions);
        byte[][] body = [.. block.IncludedExtrinsics];
        body[4] = forged;
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => importer.Runtime.ExecuteBlock(importer.Store.GetSnapshot(), header, body));
        Assert.Contains("extrinsic 4 is not includable", error.Message, StringComparison.Ordinal);
        Assert.Contains("Transaction has a bad signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FinalizedHeader_Roots_AreTheTrieRoots()
    {
        var chain = new TestChain();
        BlockExecutor block = chain.StartBlock();
        block.ApplyExtrinsic(chain.Sign(TestChain.Key("Alice"), chain.Runtime.System.RemarkWithEvent.Create(new byte[] { 9 })));
        Header header = chain.Commit(block);

        Assert.Equal(TrieRoot.Ordered(block.IncludedExtrinsics, StateVersion.V0), header.ExtrinsicsRoot);
        Assert.Equal(TrieRoot.ComputeSorted([.. chain.Store.Iterate([])], StateVersion.V1), header.StateRoot);
        Assert.Equal(chain.Genesis.Hash, header.ParentHash);
        Assert.Single(header.Digest.Logs);

        var state = new Bittensor.Runtime.Framework.Storage.StorageOverlay(chain.Store);
        Assert.Equal(chain.Genesis.Hash, chain.Runtime.System.BlockHash.Get(state, 0));
        Assert.False(chain.Runtime.System.ExtrinsicCount.Exists(state));
        Assert.False(chain.Runtime.System.ExtrinsicData.ContainsKey(state, 0));
        Assert.Equal(TestChain.TimestampOf(1), chain.Runtime.Timestamp.Now.Get(state));
        Assert.False(chain.Runtime.Timestamp.DidUpdate.Exists(state));
        Assert.Equal(TestChain.GenesisSlot + 1, chain.Runtime.Aura.CurrentSlot.Get(state));
        Assert.Contains(block.Events, e => e.Event.Is(chain.Runtime.System.Remarked) && e.Event.Get<H256>("hash") == H256.Blake2b256([9]));
    }

    [Fact]
    public void BlockHash_KeepsTheLast2400_AndGenesis()
    {
        var chain = new TestChain();
        var state = new Bittensor.Runtime.Framework.Storage.StorageOverlay(chain.Store);
        for (uint n = 1; n <= 2403; n++)
        {
            BlockExecutor block = chain.Runtime.BeginBlock(chain.Store.GetSnapshot(), chain.NextHeader());
            block.ApplyExtrinsic(chain.TimestampInherent(n));
            chain.Commit(block);
        }

        Assert.True(chain.Runtime.System.BlockHash.ContainsKey(state, 0));
        Assert.False(chain.Runtime.System.BlockHash.ContainsKey(state, 1));
        Assert.False(chain.Runtime.System.BlockHash.ContainsKey(state, 2));
        Assert.True(chain.Runtime.System.BlockHash.ContainsKey(state, 3));
        Assert.True(chain.Runtime.System.BlockHash.ContainsKey(state, 2402));
    }
}

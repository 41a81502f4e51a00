using Bittensor.Examples.Subnet.Data;

namespace Bittensor.Examples.Tests.Data;

public sealed class CorpusSplitTests
{
    [Fact]
    public void Split_Fixture_DisjointAndCoversCorpus()
    {
        IReadOnlyList<SpamMessage> corpus = FixtureData.Load();
        IReadOnlyList<SpamMessage> training = CorpusSplit.Training(corpus);
        IReadOnlyList<SpamMessage> heldOut = CorpusSplit.HeldOut(corpus);

        Assert.Empty(training.Select(m => m.Id).Intersect(heldOut.Select(m => m.Id)));
        Assert.Equal(corpus.Count, training.Count + heldOut.Count);
        Assert.Contains(heldOut, m => m.IsSpam);
        Assert.Contains(heldOut, m => !m.IsSpam);
    }

    [Fact]
    public void Split_Fixture_PinnedAssignment()
    {
        // The split is a pure function of the text: these ids are held out today and must stay so.
        string[] heldOut = [.. CorpusSplit.HeldOut(FixtureData.Load()).Select(m => m.Id)];

        Assert.Equal(ExpectedHeldOut, heldOut);
    }

    [Fact]
    public void Split_ReversedOrder_SameSides()
    {
        IReadOnlyList<SpamMessage> corpus = FixtureData.Load();

        Assert.Equal(
            CorpusSplit.HeldOut(corpus).Select(m => m.Id).Order(StringComparer.Ordinal),
            CorpusSplit.HeldOut(corpus.Reverse()).Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Split_DuplicateTextUnderTwoIds_SameSide()
    {
        IReadOnlyList<SpamMessage> corpus = FixtureData.Load();
        foreach (SpamMessage m in corpus)
        {
            SpamMessage copy = m with { Id = "spam-2/copy-of-" + m.Id };
            Assert.Equal(CorpusSplit.IsHeldOut(m), CorpusSplit.IsHeldOut(copy));
        }
    }

    private static readonly string[] ExpectedHeldOut = [
        "easy-ham-1/00005.fixture005.txt",
        "easy-ham-1/00009.fixture009.txt",
        "easy-ham-1/00011.fixture011.txt",
        "easy-ham-1/00013.fixture013.txt",
        "easy-ham-1/00023.fixture023.txt",
        "spam-1/00001.fixture001.txt",
        "spam-1/00022.fixture022.txt",
        "spam-1/00029.fixture029.txt",
        "spam-1/00030.fixture030.txt",
    ];
}

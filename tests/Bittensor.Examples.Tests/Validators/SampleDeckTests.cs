using Bittensor.Examples.Subnet.Data;
using Bittensor.Examples.Subnet.Validators;

namespace Bittensor.Examples.Tests.Validators;

public sealed class SampleDeckTests
{
    [Fact]
    public void Next_SeededDeck_BalancedAndReproducible()
    {
        IReadOnlyList<SpamMessage> heldOut = CorpusSplit.HeldOut(FixtureData.Load());
        SampleDeck a = new(heldOut, 7);
        SampleDeck b = new(heldOut, 7);

        for (int round = 0; round < 10; round++)
        {
            SpamMessage[] batch = a.Next(6);
            Assert.Equal(3, batch.Count(m => m.IsSpam));
            Assert.All(batch, m => Assert.Contains(m, heldOut));
            Assert.Equal(batch, b.Next(6));
        }
    }

    [Fact]
    public void Next_OddSize_Throws()
    {
        SampleDeck deck = new(CorpusSplit.HeldOut(FixtureData.Load()), 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => deck.Next(3));
    }

    [Fact]
    public void Constructor_NoSpam_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SampleDeck([new SpamMessage("h/1", "hi", false)], 1));
    }
}

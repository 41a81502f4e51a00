using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Tests.Support;

namespace Bittensor.Sdk.Tests.Axons;

public class NonceTrackerTests
{
    [Fact]
    public void TryAccept_StrictlyIncreasingPerKey()
    {
        using NonceTracker tracker = new(10);

        Assert.True(tracker.TryAccept("a", 5, out _));
        Assert.False(tracker.TryAccept("a", 5, out string? error));
        Assert.Equal("Nonce is too old, a newer one was last processed", error);
        Assert.False(tracker.TryAccept("a", 4, out _));
        Assert.True(tracker.TryAccept("b", 1, out _));
        Assert.True(tracker.TryAccept("a", 6, out _));
    }

    [Fact]
    public void Capacity_EvictsOldestAndRaisesFloor_SoEvictedNoncesCannotReplay()
    {
        using NonceTracker tracker = new(2);
        Assert.True(tracker.TryAccept("a", 100, out _));
        Assert.True(tracker.TryAccept("b", 200, out _));

        Assert.True(tracker.TryAccept("c", 300, out _));

        Assert.Equal(2, tracker.Count);
        Assert.Null(tracker.Last("a"));
        Assert.Equal(100, tracker.Floor);
        Assert.False(tracker.TryAccept("a", 100, out _));
        Assert.False(tracker.TryAccept("new", 50, out _));
        Assert.True(tracker.TryAccept("a", 101, out _));
    }

    [Fact]
    public void Persistence_ReloadsHistoryFloorAndSkipsTornLine()
    {
        using TempDirectory dir = new();
        string path = Path.Combine(dir.Path, "sub", "nonces.log");
        using (NonceTracker first = new(2, path))
        {
            Assert.True(first.TryAccept("a", 100, out _));
            Assert.True(first.TryAccept("b", 200, out _));
            Assert.True(first.TryAccept("c", 300, out _));
            Assert.True(first.TryAccept("b", 250, out _));
        }

        File.AppendAllText(path, "torn-line-without-nonce");
        using NonceTracker second = new(2, path);

        Assert.Equal(250, second.Last("b"));
        Assert.Equal(300, second.Last("c"));
        Assert.Equal(100, second.Floor);
        Assert.False(second.TryAccept("b", 250, out _));
        Assert.False(second.TryAccept("a", 100, out _));
    }
}

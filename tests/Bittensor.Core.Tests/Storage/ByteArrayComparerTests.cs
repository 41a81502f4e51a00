using Bittensor.Core.Storage;

namespace Bittensor.Core.Tests.Storage;

public class ByteArrayComparerTests
{
    [Fact]
    public void AlternateLookup_BySpan_FindsTheSameEntriesAsByArray()
    {
        var map = new Dictionary<byte[], int>(ByteArrayComparer.Instance) { [[1, 2, 3]] = 1, [[1, 2]] = 2, [[]] = 3 };
        Dictionary<byte[], int>.AlternateLookup<ReadOnlySpan<byte>> lookup = map.GetAlternateLookup<ReadOnlySpan<byte>>();
        Assert.True(lookup.TryGetValue([1, 2, 3], out int value));
        Assert.Equal(1, value);
        Assert.True(lookup.TryGetValue([1, 2], out value));
        Assert.Equal(2, value);
        Assert.True(lookup.TryGetValue(ReadOnlySpan<byte>.Empty, out value));
        Assert.Equal(3, value);
        Assert.False(lookup.TryGetValue([1, 2, 4], out _));
        Assert.Equal(ByteArrayComparer.Instance.GetHashCode([9, 8, 7]), ByteArrayComparer.Instance.GetHashCode((ReadOnlySpan<byte>)[9, 8, 7]));
    }
}

using Bittensor.Examples.Subnet.Data;

namespace Bittensor.Examples.Subnet.Validators;

/// <summary>
/// Draws the validator's question batches from its held-out split: half spam, half ham (so chance accuracy is 50 %
/// whatever a miner always answers), shuffled, from a seeded generator.
/// </summary>
public sealed class SampleDeck
{
    private readonly SpamMessage[] _spam;
    private readonly SpamMessage[] _ham;
    private readonly Random _random;

    public SampleDeck(IEnumerable<SpamMessage> heldOut, int seed)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        SpamMessage[] all = [.. heldOut];
        _spam = [.. all.Where(m => m.IsSpam)];
        _ham = [.. all.Where(m => !m.IsSpam)];
        if (_spam.Length == 0 || _ham.Length == 0)
        {
            throw new ArgumentException($"the held-out split needs spam and ham; it has {_spam.Length} spam and {_ham.Length} ham", nameof(heldOut));
        }

        _random = new Random(seed);
    }

    public int SpamCount => _spam.Length;

    public int HamCount => _ham.Length;

    /// <summary>A batch of <paramref name="size"/> (even) messages: size/2 spam and size/2 ham, shuffled.</summary>
    public SpamMessage[] Next(int size)
    {
        if (size < 2 || size % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "a balanced batch has an even size of at least 2");
        }

        SpamMessage[] batch = new SpamMessage[size];
        for (int i = 0; i < size; i += 2)
        {
            batch[i] = _spam[_random.Next(_spam.Length)];
            batch[i + 1] = _ham[_random.Next(_ham.Length)];
        }

        _random.Shuffle(batch);
        return batch;
    }

    /// <summary>Shuffles <paramref name="items"/> in place with the deck's generator (the order miners are asked in).</summary>
    public void Shuffle<T>(T[] items) => _random.Shuffle(items);
}

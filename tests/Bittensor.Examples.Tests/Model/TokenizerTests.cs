using Bittensor.Examples.Subnet.Model;

namespace Bittensor.Examples.Tests.Model;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokens_MixedText_LowerCasedRunsAndMarks()
    {
        Assert.Equal(["free", "money", "$", "5000", "!", "!", "now"], Tokenizer.Tokens("FREE money: $5000!! a now"));
    }

    [Fact]
    public void Tokens_TooLongRun_Dropped()
    {
        Assert.Equal(["ok", "end"], Tokenizer.Tokens("ok " + new string('q', 40) + " end"));
    }
}

using Bittensor.Examples.Subnet.Data;

namespace Bittensor.Examples.Tests.Data;

public sealed class SpamCorpusTests
{
    [Fact]
    public void Load_Fixture_LabelsComeFromGroupDirectories()
    {
        IReadOnlyList<SpamMessage> corpus = FixtureData.Load();

        Assert.Equal(60, corpus.Count);
        Assert.Equal(30, corpus.Count(m => m.IsSpam));
        Assert.All(corpus, m => Assert.Equal(m.Id.StartsWith("spam-1/", StringComparison.Ordinal), m.IsSpam));
        Assert.Equal(corpus.Select(m => m.Id).Order(StringComparer.Ordinal), corpus.Select(m => m.Id));
    }

    [Fact]
    public void Load_Fixture_KeepsSubjectAndBodyOnly()
    {
        SpamMessage first = FixtureData.Load().Single(m => m.Id == "easy-ham-1/00001.fixture001.txt");

        Assert.StartsWith("Re: build failure on the nightly tree\n\n", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Received:", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("lists.example.org", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractText_FoldedSubjectCrLf_UnfoldsAndKeepsBody()
    {
        string raw = "From: a@b\r\nSubject: first part\r\n\tsecond part\r\nTo: c@d\r\n\r\nHello there\r\nbye";

        Assert.Equal("first part second part\n\nHello there\nbye", SpamCorpus.ExtractText(raw));
    }

    [Fact]
    public void ExtractText_NoHeaderSeparator_AllBodyNoSubject()
    {
        Assert.Equal("\n\njust a body line", SpamCorpus.ExtractText("just a body line"));
    }

    [Fact]
    public void ExtractText_LongBody_TruncatedToMax()
    {
        string text = SpamCorpus.ExtractText("Subject: s\n\n" + new string('x', SpamCorpus.MaxBodyChars + 500));

        Assert.Equal(3 + SpamCorpus.MaxBodyChars, text.Length);
    }

    [Theory]
    [InlineData("spam-1", true)]
    [InlineData("spam-2", true)]
    [InlineData("easy-ham-2", false)]
    [InlineData("hard-ham-1", false)]
    [InlineData("docs", null)]
    public void LabelOf_GroupName_SpamHamOrIgnored(string group, bool? expected)
    {
        Assert.Equal(expected, SpamCorpus.LabelOf(group));
    }

    [Fact]
    public void Load_MissingDirectory_ThrowsNamingIt()
    {
        string missing = Path.Combine(Path.GetTempPath(), "spam-subnet-missing-" + Path.GetRandomFileName());

        DirectoryNotFoundException ex = Assert.Throws<DirectoryNotFoundException>(() => SpamCorpus.Load(missing));
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OnlyHam_ThrowsInvalidData()
    {
        string dir = Directory.CreateTempSubdirectory("spam-subnet-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "easy-ham-1"));
            File.WriteAllText(Path.Combine(dir, "easy-ham-1", "1.txt"), "Subject: hi\n\nbody");

            Assert.Throws<InvalidDataException>(() => SpamCorpus.Load(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

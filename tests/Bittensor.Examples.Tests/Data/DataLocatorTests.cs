using Bittensor.Examples.Subnet.Data;

namespace Bittensor.Examples.Tests.Data;

public sealed class DataLocatorTests
{
    [Fact]
    public void Locate_OptionThenEnvironmentThenWalkUp()
    {
        DirectoryInfo root = Directory.CreateTempSubdirectory("spam-subnet-locate-");
        try
        {
            string corpus = Path.Combine(root.FullName, DataLocator.RepoRelativePath);
            Directory.CreateDirectory(corpus);
            string deep = Directory.CreateDirectory(Path.Combine(root.FullName, "artifacts", "bin", "x", "debug")).FullName;

            Assert.Equal(Path.GetFullPath("/opt/a"), DataLocator.Locate("/opt/a", "/opt/b", deep));
            Assert.Equal(Path.GetFullPath("/opt/b"), DataLocator.Locate(null, "/opt/b", deep));
            Assert.Equal(corpus, DataLocator.Locate(null, "", deep));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Locate_NothingAnywhere_Null()
    {
        DirectoryInfo root = Directory.CreateTempSubdirectory("spam-subnet-locate-");
        try
        {
            // /tmp has no artifacts/datasets/spam-assassin above it.
            Assert.Null(DataLocator.Locate(null, null, root.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}

using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Localnet;

namespace Bittensor.Cli.Tests.Localnet;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalnetBinariesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("localnet-bin-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Find_DllNextToBtcli_RunsThroughDotnet()
    {
        string own = Dir("artifacts", "bin", "Bittensor.Cli", "release");
        string dll = Touch(own, "subtensor.dll");

        Executable found = LocalnetBinaries.Find(LocalnetBinaries.Node, null, _ => null, own);

        Assert.Equal("dotnet", Path.GetFileNameWithoutExtension(found.FileName));
        Assert.Equal([dll], found.PrefixArguments);
    }

    [Fact]
    public void Find_AppHostBesideDll_PrefersAppHost()
    {
        string own = Dir("artifacts", "bin", "Bittensor.Cli", "release");
        Touch(own, "subtensor.dll");
        string apphost = Executable(own, "subtensor");

        Executable found = LocalnetBinaries.Find(LocalnetBinaries.Node, null, _ => null, own);

        Assert.Equal(apphost, found.FileName);
        Assert.Empty(found.PrefixArguments);
    }

    [Fact]
    public void Find_ArtifactsSibling_SameConfigurationFirst()
    {
        string own = Dir("artifacts", "bin", "Bittensor.Cli", "release");
        Touch(Dir("artifacts", "bin", "Bittensor.Examples.Subnet", "debug"), "spam-subnet.dll");
        string release = Touch(Dir("artifacts", "bin", "Bittensor.Examples.Subnet", "release"), "spam-subnet.dll");

        Executable found = LocalnetBinaries.Find(LocalnetBinaries.Subnet, null, _ => null, own);

        Assert.Equal([release], found.PrefixArguments);
    }

    [Fact]
    public void Find_ArtifactsSiblingOtherConfiguration_Found()
    {
        string own = Dir("artifacts", "bin", "Bittensor.Cli", "release");
        string debug = Touch(Dir("artifacts", "bin", "Bittensor.Node", "debug"), "subtensor.dll");

        Executable found = LocalnetBinaries.Find(LocalnetBinaries.Node, null, _ => null, own);

        Assert.Equal([debug], found.PrefixArguments);
    }

    [Fact]
    public void Find_VariableBeatsNextToBtcli()
    {
        string own = Dir("artifacts", "bin", "Bittensor.Cli", "release");
        Touch(own, "subtensor.dll");
        string elsewhere = Touch(Dir("elsewhere"), "subtensor.dll");

        Executable found = LocalnetBinaries.Find(LocalnetBinaries.Node, null, name => name == "BT_LOCALNET_SUBTENSOR" ? elsewhere : null, own);

        Assert.Equal([elsewhere], found.PrefixArguments);
    }

    [Fact]
    public void Find_OptionBeatsVariable()
    {
        string own = Dir("own");
        string fromVariable = Touch(Dir("variable"), "subtensor.dll");
        string fromOption = Touch(Dir("option"), "subtensor.dll");

        Executable found = LocalnetBinaries.Find(LocalnetBinaries.Node, fromOption, _ => fromVariable, own);

        Assert.Equal([fromOption], found.PrefixArguments);
    }

    [Fact]
    public void Find_OptionMissingFile_ErrorNamesOption()
    {
        CliException error = Assert.Throws<CliException>(() => LocalnetBinaries.Find(LocalnetBinaries.Node, Path.Combine(_root, "nope"), _ => null, Dir("own")));

        Assert.StartsWith("--subtensor-bin:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_Nowhere_ErrorListsWhereItLooked()
    {
        string own = Dir("artifacts", "bin", "Bittensor.Cli", "release");

        CliException error = Assert.Throws<CliException>(() => LocalnetBinaries.Find(LocalnetBinaries.Subnet, null, _ => null, own));

        Assert.Contains(own, error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_root, "artifacts", "bin", "Bittensor.Examples.Subnet", "release"), error.Message, StringComparison.Ordinal);
        Assert.Contains("BT_LOCALNET_SUBNET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_NonExecutableFileWithoutExtension_NotTakenForAppHost()
    {
        string own = Dir("own");
        File.WriteAllText(Path.Combine(own, "subtensor"), "not a program");

        Assert.Throws<CliException>(() => LocalnetBinaries.Find(LocalnetBinaries.Node, null, _ => null, own));
    }

    private string Dir(params string[] parts)
    {
        string path = Path.Combine([_root, .. parts]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string Touch(string directory, string name)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, string.Empty);
        return path;
    }

    private static string Executable(string directory, string name)
    {
        string path = Touch(directory, name);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}

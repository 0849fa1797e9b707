using System.CommandLine;
using ArchiveSite.Authoring;
using ArchiveSite.Common;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archivesite new "Title"</c>: writes a digest skeleton with every required key, to be filled in.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "The digest's headline; its slug becomes the file name" };
        var input = new Option<string>("--input", "-i") { Description = "The archive's content folder", DefaultValueFactory = _ => "input" };
        var command = new Command("new", "Create a new digest file in input/digests/YYYY/ with every required key to fill in") { title, input };
        command.SetAction(result =>
        {
            var text = result.GetValue(title)!.Trim();
            var root = result.GetValue(input)!;
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"archivesite: input folder '{root}' does not exist");
                return ExitCodes.UsageError;
            }

            var today = DateOnly.FromDateTime(DateTime.Now);
            var path = DigestTemplate.Write(root, text, today);
            Console.WriteLine(DisplayPath.Of(path));
            Console.Error.WriteLine("Fill in every TODO, then run 'archivesite check'.");
            return ExitCodes.Success;
        });
        return command;
    }
}

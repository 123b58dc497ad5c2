return Handouts.Cli.App.Run(args, Console.Out, Console.Error);

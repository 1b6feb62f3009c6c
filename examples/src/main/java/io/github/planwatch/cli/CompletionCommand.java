package io.github.planwatch.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code planwatch completion bash|zsh}: prints the shell completion script of every command and
 * option. The script is picocli's, made from the command line in use, so it never drifts from it.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Planwatch.Version.class,
        description = {"Prints a shell completion script for planwatch.",
                "bash: source <(planwatch completion bash)   zsh: source <(planwatch completion zsh)"})
final class CompletionCommand implements Callable<Integer> {

    /** The shells the script is written for. */
    enum Shell {
        /** Bash. */
        BASH,
        /** Zsh, through its bash completion layer. */
        ZSH
    }

    @ParentCommand
    Planwatch top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", descriptionKey = "shell", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("planwatch", spec.root().commandLine());
        if (shell == Shell.ZSH) {
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        top.emit(script, null);
        return Planwatch.OK;
    }
}

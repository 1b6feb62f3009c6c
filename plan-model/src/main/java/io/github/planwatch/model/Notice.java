package io.github.planwatch.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The notice that issues a plan (印发通知): its title, whom it is addressed to, its text, the note
 * on its publication, whom it is copied to and the date it was printed and sent, each as written.
 *
 * <p>Every part but the title and the text may be left out where the document has none. Immutable and thread-safe.
 *
 * @param title  the notice's title, such as 关于印发…的通知, not blank
 * @param addressees  whom it is addressed to, as written (主送), or null
 * @param text  its text (正文), not blank
 * @param publication  the note on its publication, such as 此件公开发布, or null
 * @param copiedTo  the units it is copied to, as written (抄送), in order, not null, may be empty
 * @param printingDate  the date it was printed and sent (印发日期), or null
 */
public record Notice(String title, String addressees, String text, String publication, List<String> copiedTo,
                     LocalDate printingDate) {

    /**
     * Checks the parts.
     *
     * @param title  the notice's title, not blank
     * @param addressees  whom it is addressed to, or null
     * @param text  its text, not blank
     * @param publication  the note on its publication, or null
     * @param copiedTo  the units it is copied to; null for none
     * @param printingDate  the date it was printed and sent, or null
     */
    public Notice {
        Checks.requireText(title, "title");
        optionalText(addressees, "addressees");
        Checks.requireText(text, "text");
        optionalText(publication, "publication");
        copiedTo = Checks.copyList(copiedTo == null ? List.of() : copiedTo, "copiedTo");
        for (int i = 0; i < copiedTo.size(); i++) {
            Checks.requireText(copiedTo.get(i), "copiedTo[" + i + "]");
        }
        if (printingDate != null) {
            Checks.requireYear(printingDate.getYear(), "printingDate's year");
        }
    }

    private static void optionalText(String value, String field) {
        if (value != null) {
            Checks.requireText(value, field);
        }
    }
}

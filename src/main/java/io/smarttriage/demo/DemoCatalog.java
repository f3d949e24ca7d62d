package io.smarttriage.demo;

import io.smarttriage.demo.DemoCategory.DemoComponent;
import java.util.List;

/** The fixed vocabulary of the generated service desk: categories, components and phrases. */
final class DemoCatalog {

    private static final DemoComponent ACCOUNTS =
            component(
                    "Accounts",
                    "Password reset needed|Account locked out|New login for",
                    "my account is locked after too many password attempts",
                    "I forgot my password and the reset link expired",
                    "please create a login for the new starter");

    private static final DemoComponent PERMISSIONS =
            component(
                    "Permissions",
                    "Need access to shared folder|Permission request",
                    "I need read and write permission on the finance share",
                    "please grant me access to the project folder",
                    "access denied when I open the team drive");

    private static final DemoComponent LAPTOPS =
            component(
                    "Laptops",
                    "Laptop will not start|Laptop battery problem",
                    "my laptop does not boot and the screen stays black",
                    "the battery drains within an hour",
                    "the keyboard of my laptop has broken keys");

    private static final DemoComponent PRINTERS =
            component(
                    "Printers",
                    "Printer not working|Printer jam on floor",
                    "the printer on the third floor shows a paper jam",
                    "printing fails with a toner error",
                    "the printer prints blank pages");

    private static final DemoComponent PERIPHERALS =
            component(
                    "Peripherals",
                    "Monitor flickering|Docking station issue",
                    "my second monitor flickers and goes dark",
                    "the docking station does not detect the headset",
                    "mouse and webcam stop working after docking");

    private static final DemoComponent EMAIL =
            component(
                    "Email",
                    "Outlook keeps crashing|Mailbox full",
                    "outlook crashes when I open the calendar",
                    "my mailbox is full and I cannot send email",
                    "shared mailbox does not sync");

    private static final DemoComponent OFFICE =
            component(
                    "Office",
                    "Excel macro error|Install software request",
                    "excel shows a macro error when I open the spreadsheet",
                    "please install the latest version of the editor",
                    "word freezes while saving documents");

    private static final DemoComponent ERP =
            component(
                    "ERP",
                    "ERP report fails|Cannot post invoice in ERP",
                    "the ERP module throws an error when posting invoices",
                    "the monthly report in the ERP system times out",
                    "ERP screen is stuck on loading");

    private static final DemoComponent VPN =
            component(
                    "VPN",
                    "VPN cannot connect|VPN drops",
                    "the VPN client fails to connect from home",
                    "the VPN tunnel drops every few minutes",
                    "VPN certificate expired");

    private static final DemoComponent WIFI =
            component(
                    "Wi-Fi",
                    "Wi-Fi slow in meeting room|No wireless signal",
                    "wireless signal is very weak in the meeting room",
                    "wifi keeps disconnecting on the second floor",
                    "guest wifi password does not work");

    private static final DemoComponent PAYROLL =
            component(
                    "Payroll",
                    "Payslip question|Salary not received",
                    "my payslip shows the wrong overtime hours",
                    "salary has not arrived this month",
                    "tax code on payslip looks wrong");

    private static final DemoComponent LEAVE =
            component(
                    "Leave",
                    "Holiday request|Sick leave record",
                    "please update my holiday balance",
                    "my sick leave days are not recorded",
                    "parental leave form question");

    private static final DemoComponent LICENCES =
            component(
                    "Licences",
                    "Licence renewal|Need software licence",
                    "the licence for the design tool expires next month",
                    "please buy a licence for the statistics package",
                    "renew our subscription seats");

    private static final DemoComponent EQUIPMENT =
            component(
                    "Equipment",
                    "Order new headset|Purchase request for chair",
                    "please order a new headset for calls",
                    "I would like to purchase an ergonomic chair",
                    "quote for two extra monitors");

    /** The request categories with their components and agents. */
    static final List<DemoCategory> CATEGORIES =
            List.of(
                    new DemoCategory(
                            "Access",
                            0.22,
                            List.of(ACCOUNTS, PERMISSIONS),
                            List.of("alex.morgan", "sam.okafor")),
                    new DemoCategory(
                            "Hardware",
                            0.22,
                            List.of(LAPTOPS, PRINTERS, PERIPHERALS),
                            List.of("jordan.lee", "priya.nair", "tom.becker")),
                    new DemoCategory(
                            "Software",
                            0.2,
                            List.of(EMAIL, OFFICE, ERP),
                            List.of("chris.ward", "mei.chen")),
                    new DemoCategory(
                            "Network",
                            0.14,
                            List.of(VPN, WIFI),
                            List.of("dana.kovac", "sam.okafor")),
                    new DemoCategory(
                            "HR",
                            0.12,
                            List.of(PAYROLL, LEAVE),
                            List.of("lena.fischer", "omar.haddad")),
                    new DemoCategory(
                            "Purchase",
                            0.1,
                            List.of(LICENCES, EQUIPMENT),
                            List.of("nina.brooks", "lena.fischer")));

    /** Priorities from most to least urgent, with their shares and the phrases that signal them. */
    static final List<DemoPriority> PRIORITIES =
            List.of(
                    new DemoPriority(
                            "Urgent",
                            0.04,
                            List.of(
                                    "production is down for everyone",
                                    "the whole office cannot work",
                                    "security incident, please act now",
                                    "deadline in one hour, critical")),
                    new DemoPriority(
                            "High",
                            0.16,
                            List.of(
                                    "this blocks my work today",
                                    "a customer meeting depends on it",
                                    "several colleagues are affected")),
                    new DemoPriority(
                            "Medium",
                            0.55,
                            List.of(
                                    "please have a look",
                                    "thanks for checking",
                                    "it happens now and then")),
                    new DemoPriority(
                            "Low",
                            0.25,
                            List.of(
                                    "no rush, whenever you have time",
                                    "nice to have",
                                    "low importance, next week is fine")));

    /** Sentences that any request may contain and that say nothing about its labels. */
    static final List<String> FILLER =
            List.of(
                    "Hello team,",
                    "Hi,",
                    "Good morning,",
                    "I tried restarting already.",
                    "Thanks in advance.",
                    "Regards.",
                    "Let me know if you need more details.",
                    "Screenshot attached.",
                    "This started yesterday.",
                    "My colleague has the same setup.");

    private DemoCatalog() {}

    private static DemoComponent component(String name, String subjects, String... details) {
        return new DemoComponent(name, List.of(subjects.split("\\|")), List.of(details));
    }

    /**
     * A priority level of the generated desk.
     *
     * @param name priority name
     * @param share share of requests with this priority
     * @param signals phrases that requests of this priority tend to contain
     */
    record DemoPriority(String name, double share, List<String> signals) {}
}

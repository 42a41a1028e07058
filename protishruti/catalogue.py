"""The message catalogue: each English template (the key, as the program
writes it in ``tr("…")``, protishruti/messages.py) and its Bangla.

The values are named alike in both: ``{name}`` in the English is
``{name}`` in the Bangla.  Words of the content model stay as they are written
in the files ('published:', 'effective_date'), as do file names, commands and
options (python build.py check, --office).  tests/test_messages.py checks that
every message the program writes is here, with the same values.

Terms, used alike everywhere: problem সমস্যা, warning সতর্কতা, record রেকর্ড,
field ঘর (the key in quotes: 'name'), file ফাইল, folder ফোল্ডার, line লাইন,
page পাতা, site সাইট, build সাইট তৈরি, office দপ্তর, parent office ঊর্ধ্বতন দপ্তর,
charter সেবা প্রদান প্রতিশ্রুতি, action plan কর্মপরিকল্পনা, quarterly report
ত্রৈমাসিক প্রতিবেদন, indicator সূচক, activity কার্যক্রম, area কার্যক্রমের ক্ষেত্র,
target লক্ষ্যমাত্রা, achievement অর্জন, weight মান, fiscal year অর্থবছর, quarter
ত্রৈমাসিক, evidence প্রমাণক, meeting সভা, decision সিদ্ধান্ত, committee কমিটি,
signatory স্বাক্ষরকারী, date তারিখ, number সংখ্যা, digits অঙ্ক, table সারণি,
row সারি, column কলাম, sheet শিট, redirect পুনর্নির্দেশ, URL ঠিকানা (URL).
"""

# Messages written alike in several places.
_PROBLEM_UNDER = "{content} ফোল্ডারের {files}টি ফাইলে {n}টি সমস্যা{tail}। সমস্যাটি ঠিক করে আবার চালান।"
_PROBLEMS_UNDER = "{content} ফোল্ডারের {files}টি ফাইলে {n}টি সমস্যা{tail}। সমস্যাগুলো ঠিক করে আবার চালান।"
_OVERLAY = "বিষয়বস্তুতে {n}টি সমস্যা — সাইট আগের মতোই আছে; ঠিক করে সংরক্ষণ করলে আবার তৈরি হবে"
_OUT_AROUND = "সাইট তৈরি করলে যা পুরোপুরি বদলে যেত: সাইটের জন্য আলাদা একটি ফোল্ডার দিন, যেমন --out site"

BN: dict[str, str] = {
    # ================================================================ content problems: schema, validate, load, limits, yamlsource, bangla
    # ---------------------------------------------------------------- validate.py: pydantic's errors
    "a block of fields": "ঘরের একটি ব্লক",
    "a list": "একটি তালিকা",
    "write a path of this site such as /offices/mopa/ (ASCII letters, digits, '.', '_', '~' and '-' between single '/'), "
    "or a web address of URL-safe characters (%-encode spaces, quotes, ';' and '$')":
        "এই সাইটের একটি পথ লিখুন, যেমন /offices/mopa/ (একক '/'-এর মাঝে ASCII অক্ষর, অঙ্ক, '.', '_', '~' ও '-'), "
        "অথবা URL-এ চলে এমন অক্ষরে একটি ওয়েব ঠিকানা (URL) লিখুন (ফাঁকা জায়গা, উদ্ধৃতিচিহ্ন, ';' ও '$' %-এনকোড করুন)",
    "use lowercase ASCII letters, digits and hyphens, e.g. mopa":
        "ছোট হাতের ASCII অক্ষর, অঙ্ক ও হাইফেন ব্যবহার করুন, যেমন mopa",
    "this is not an e-mail address (name@example.gov.bd)": "এটি কোনো ই-মেইল ঠিকানা নয় (name@example.gov.bd)",
    "write a full web address starting with https:// or http://":
        "https:// বা http:// দিয়ে শুরু হওয়া পূর্ণ ওয়েব ঠিকানা (URL) লিখুন",
    "this record": "এই রেকর্ড",
    "'{name}' is missing: add it (see docs/content.md)": "'{name}' ঘরটি নেই: যোগ করুন (দেখুন docs/content.md)",
    "unknown field '{name}' — did you mean '{close}'?": "অজানা ঘর '{name}' — আপনি কি '{close}' লিখতে চেয়েছিলেন?",
    "unknown field '{name}': {places} has it, {here} does not — move it to the right record, or use one of: {allowed}":
        "অজানা ঘর '{name}': এই ঘরটি {places}-এ থাকে, {here}-এ নয় — এটি সঠিক রেকর্ডে সরিয়ে নিন, "
        "অথবা এগুলোর একটি ব্যবহার করুন: {allowed}",
    "unknown field '{name}': {places} have it, {here} does not — move it to the right record, or use one of: {allowed}":
        "অজানা ঘর '{name}': এই ঘরটি {places}-এ থাকে, {here}-এ নয় — এটি সঠিক রেকর্ডে সরিয়ে নিন, "
        "অথবা এগুলোর একটি ব্যবহার করুন: {allowed}",
    "unknown field '{name}': remove it, or use one of: {allowed}":
        "অজানা ঘর '{name}': এটি মুছুন, অথবা এগুলোর একটি ব্যবহার করুন: {allowed}",
    "'{name}' cannot be '{value}' — did you mean '{close}'? Use one of: {choices}":
        "'{name}' ঘরে '{value}' লেখা যায় না — আপনি কি '{close}' লিখতে চেয়েছিলেন? এগুলোর একটি লিখুন: {choices}",
    "'{name}' cannot be '{value}': use one of: {choices}":
        "'{name}' ঘরে '{value}' লেখা যায় না — এগুলোর একটি লিখুন: {choices}",
    "'{name}': {problem}": "'{name}': {problem}",
    "'{name}' should be text, not {what}: write it on the same line after '{name}:'":
        "'{name}' ঘরে লেখা (text) থাকার কথা, {what} নয়: এটি '{name}:'-এর পরে একই লাইনে লিখুন",
    "'{name}' should be a list, one item per line starting with '- '":
        "'{name}' ঘরে একটি তালিকা থাকার কথা: প্রতি লাইনে একটি করে, লাইনের শুরুতে '- ' দিয়ে",
    "'this record' should be a block of fields (key: value), not {what}":
        "এই রেকর্ডটি ঘরের একটি ব্লক (key: value) হওয়ার কথা, {what} নয়",
    "'{name}' should be a block of fields (key: value), not {what}":
        "'{name}' ঘরের একটি ব্লক (key: value) হওয়ার কথা, {what} নয়",
    "'targets' needs exactly five values, from অসাধারণ (100%) to চলতি মানের নিম্নে (60%); write '-' for a level with no target":
        "'targets' ঘরে ঠিক পাঁচটি মান লাগে, অসাধারণ (১০০%) থেকে চলতি মানের নিম্নে (৬০%) পর্যন্ত; "
        "যে স্তরের লক্ষ্যমাত্রা নেই সেখানে '-' লিখুন",
    "'{name}' needs at least {n} item(s)": "'{name}' ঘরে অন্তত {n}টি বিষয় লাগে",
    "'{name}' needs at most {n} item(s)": "'{name}' ঘরে সর্বোচ্চ {n}টি বিষয় থাকতে পারে",
    "'{name}' is '{value}': {hint}": "'{name}' ঘরে লেখা আছে '{value}': {hint}",
    "'{name}' must be at least {bound}, not {value}": "'{name}' অন্তত {bound} হতে হবে, {value} নয়",
    "'{name}' must be at most {bound}, not {value}": "'{name}' সর্বোচ্চ {bound} হতে পারে, {value} নয়",
    "'{name}' should be a single value, not {what}": "'{name}' ঘরে একটিমাত্র মান থাকার কথা, {what} নয়",
    # ---------------------------------------------------------------- validate.py: records
    "this record is empty: fill in its fields (see docs/content.md)":
        "এই রেকর্ডটি ফাঁকা: এর ঘরগুলো পূরণ করুন (দেখুন docs/content.md)",
    "a record is a block of fields (key: value), one per line":
        "রেকর্ড হলো ঘরের একটি ব্লক (key: value), প্রতি লাইনে একটি ঘর",
    "evidence file '{file}': file names become URLs, use ASCII letters, digits, '-', '_' and '.' only":
        "প্রমাণক ফাইল '{file}': ফাইলের নাম ঠিকানা (URL) হয়ে যায়, তাই শুধু ASCII অক্ষর, অঙ্ক, '-', '_' ও '.' ব্যবহার করুন",
    "evidence file '{file}' {problem}": "প্রমাণক ফাইল '{file}' {problem}",
    "evidence file '{file}' does not exist — did you mean '{close}'?":
        "প্রমাণক ফাইল '{file}' নেই — আপনি কি '{close}' লিখতে চেয়েছিলেন?",
    "evidence file '{file}' does not exist: put the file in {folder}/ (paths are relative to the office folder)":
        "প্রমাণক ফাইল '{file}' নেই: ফাইলটি {folder}/ ফোল্ডারে রাখুন (পথ লেখা হয় দপ্তরের ফোল্ডার থেকে)",
    "evidence file '{file}' is {size}, over the limit of {limit}: make it smaller (scan at 150–200 dpi, or split it), "
    "or raise evidence_max_mb in site.yaml":
        "প্রমাণক ফাইল '{file}' {size}, সীমা {limit}-এর বেশি: ফাইলটি ছোট করুন (১৫০–২০০ dpi-তে স্ক্যান করুন, "
        "অথবা ভাগ করুন), অথবা site.yaml-এ evidence_max_mb বাড়ান",
    "evidence file {problem}": "প্রমাণক ফাইল {problem}",
    "'{name}' cannot be read: {reason}": "'{name}' পড়া যাচ্ছে না: {reason}",
    "this {record} states no date of its own: give 'published:' (the date this site first published it), so its page, "
    "the feeds, the sitemap and /data.json can date it; never a guessed date of the document":
        "এই {record}-এ এর নিজের কোনো তারিখ নেই: 'published:' দিন (যে তারিখে এই সাইট এটি প্রথম প্রকাশ করেছে), "
        "যাতে এর পাতা, ফিড, সাইটম্যাপ ও /data.json এটির তারিখ দেখাতে পারে; দলিলের অনুমান-করা তারিখ কখনো দেবেন না",
    "an office cannot be its own parent": "কোনো দপ্তর নিজের ঊর্ধ্বতন দপ্তর (parent) হতে পারে না",
    "parent office '{parent}' does not exist — did you mean '{close}'?":
        "ঊর্ধ্বতন দপ্তর '{parent}' নেই — আপনি কি '{close}' লিখতে চেয়েছিলেন?",
    "parent office '{parent}' does not exist: use the folder name of an office under offices/":
        "ঊর্ধ্বতন দপ্তর '{parent}' নেই: offices/-এর ভেতরের কোনো দপ্তরের ফোল্ডারের নাম লিখুন",
    "the parent offices form a loop: one office must be at the top":
        "ঊর্ধ্বতন দপ্তরগুলো একটি চক্র তৈরি করেছে: কোনো একটি দপ্তরকে সবার ওপরে থাকতে হবে",
    # ---------------------------------------------------------------- schema.py: field values
    " and ": " ও ",
    "must not be empty": "ফাঁকা রাখা যাবে না",
    'this text looks like Bijoy (SutonnyMJ) encoding: "{unicode}" — if that is right, put it instead':
        'এই লেখাটি বিজয় (SutonnyMJ) এনকোডিং-এ মনে হচ্ছে: "{unicode}" — ঠিক থাকলে এটি বসান',
    "'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2023-01-02":
        "'{value}' কোনো তারিখ নয়: YYYY-MM-DD আকারে লিখুন, যেমন 2023-01-02",
    "'{value}': a record's dates lie between {first} and {last} — check the year":
        "'{value}': রেকর্ডের তারিখ {first} থেকে {last}-এর মধ্যে হয় — সালটি মিলিয়ে দেখুন",
    "impossible date {date}: there is no month {month}": "অসম্ভব তারিখ {date}: {month} নম্বর কোনো মাস নেই",
    "impossible date {date}: {month} {year} has {days} days": "অসম্ভব তারিখ {date}: {month} {year}-এ {days} দিন",
    "'{value}' is not a fiscal year: write it as 2023-24 (July 2023 to June 2024)":
        "'{value}' কোনো অর্থবছর নয়: 2023-24 আকারে লিখুন (জুলাই ২০২৩ থেকে জুন ২০২৪)",
    "'{value}': a record's fiscal years lie between {first} and {last} — check the year":
        "'{value}': রেকর্ডের অর্থবছর {first} থেকে {last}-এর মধ্যে হয় — সালটি মিলিয়ে দেখুন",
    "'{value}' is not a fiscal year: the second year must follow the first, as in {example}":
        "'{value}' কোনো অর্থবছর নয়: দ্বিতীয় সালটি প্রথমটির ঠিক পরের সাল হতে হবে, যেমন {example}",
    "'{value}' must be a whole number": "'{value}' একটি পূর্ণ সংখ্যা হতে হবে",
    "'{value}' is not true or false": "'{value}' true বা false নয়: true (হ্যাঁ) বা false (না) লিখুন",
    'write the id as text, e.g. "[১.১.১]"': 'আইডিটি লেখা হিসেবে দিন, যেমন "[১.১.১]"',
    "'{value}' is not an id like [১.১] or [১.১.১]": "'{value}' [১.১] বা [১.১.১]-এর মতো কোনো আইডি নয়",
    "'{value}' is not a figure: write a number (১২, 12.5), a date (YYYY-MM-DD) or '-' for none; "
    "words the document writes here belong in remarks":
        "'{value}' কোনো সংখ্যা বা তারিখ নয়: একটি সংখ্যা (১২, 12.5), একটি তারিখ (YYYY-MM-DD), অথবা না থাকলে '-' লিখুন; "
        "দলিলে এখানে কোনো কথা লেখা থাকলে তা remarks ঘরে লিখুন",
    "'{value}' has a '.' or '..' part: write the path as the site shows it, e.g. /offices/mopa/":
        "'{value}'-এ '.' বা '..' অংশ আছে: পথটি সাইটে যেমন দেখায় তেমন লিখুন, যেমন /offices/mopa/",
    # ---------------------------------------------------------------- schema.py: as-written fields (after "'name': ")
    "is the document's words on one line (e.g. চেয়ারম্যান ও সচিব), or a block with name:, designation:, office:, "
    "phone:, mobile:, email:, web:, address:":
        "দলিলের ভাষা হুবহু এক লাইনে লিখুন (যেমন চেয়ারম্যান ও সচিব), অথবা name:, designation:, office:, "
        "phone:, mobile:, email:, web:, address: ঘরসহ একটি ব্লক দিন",
    "is a document's name, or a block with name: and source:":
        "একটি কাগজের নাম লিখুন, অথবা name: ও source: ঘরসহ একটি ব্লক দিন",
    "is the document's words (e.g. documents: কাগজপত্র নিষ্প্রয়োজন), or a list of documents, each its name or a block "
    "with name: and source:":
        "দলিলের ভাষা হুবহু লিখুন (যেমন documents: কাগজপত্র নিষ্প্রয়োজন), অথবা কাগজপত্রের একটি তালিকা দিন, "
        "প্রতিটি তার নাম বা name: ও source: ঘরসহ একটি ব্লক",
    "is the document's words on one line (e.g. fee: ধার্য্যকৃত কর), or a block with amount: <taka>, free: true or "
    "tiers: (each with when: and amount: or free: true), and payment:":
        "দলিলের ভাষা হুবহু এক লাইনে লিখুন (যেমন fee: ধার্য্যকৃত কর), অথবা amount: <taka>, free: true বা "
        "tiers: (প্রতিটিতে when: এবং amount: বা free: true) এবং payment: ঘরসহ একটি ব্লক দিন",
    "is the document's words on one line (e.g. time_limit: ১ হইতে ৭ দিন), or a block with value: and unit:, min:, "
    "max: and unit:, or immediate: true":
        "দলিলের ভাষা হুবহু এক লাইনে লিখুন (যেমন time_limit: ১ হইতে ৭ দিন), অথবা value: ও unit:, কিংবা min:, "
        "max: ও unit:, কিংবা immediate: true ঘরসহ একটি ব্লক দিন",
    "is the document's words (e.g. attendees: পরিশিষ্ট 'ক' অনুযায়ী), or a list of people, each their words or a "
    "block with name:, designation:, …":
        "দলিলের ভাষা হুবহু লিখুন (যেমন attendees: পরিশিষ্ট 'ক' অনুযায়ী), অথবা ব্যক্তিদের একটি তালিকা দিন, "
        "প্রতিজনের জন্য দলিলের ভাষা বা name:, designation:, … ঘরসহ একটি ব্লক",
    # ---------------------------------------------------------------- schema.py: records' rules
    "evidence needs exactly one of 'file' (a file beside the record) or 'url'":
        "প্রমাণকে 'file' (রেকর্ডের পাশে রাখা একটি ফাইল) অথবা 'url' — এ দুটির ঠিক একটি থাকতে হবে",
    "give at least a 'name', a 'designation' or an 'office', or write the document's words as text":
        "অন্তত 'name', 'designation' বা 'office'-এর একটি দিন, অথবা দলিলের ভাষা হুবহু লেখা হিসেবে দিন",
    "a signature needs the 'name' or the 'designation' written under it":
        "স্বাক্ষরের নিচে লেখা 'name' বা 'designation' দিতে হবে",
    "each fee tier has either 'amount: <taka>' or 'free: true'":
        "ফি-এর প্রতিটি ধাপে 'amount: <taka>' অথবা 'free: true' — এর যেকোনো একটি থাকে",
    "a fee is one of 'free: true', an 'amount' or 'tiers': this one has {given}":
        "ফি হয় 'free: true', একটি 'amount' অথবা 'tiers' — এর যেকোনো একটি: এখানে আছে {given}",
    "give the fee as 'amount: <taka>', 'free: true' or 'tiers:', or write the document's words on one line "
    "(fee: ধার্য্যকৃত কর)":
        "ফি 'amount: <taka>', 'free: true' বা 'tiers:' হিসেবে দিন, অথবা দলিলের ভাষা হুবহু এক লাইনে লিখুন "
        "(fee: ধার্য্যকৃত কর)",
    "a time limit is one of 'value:' with 'unit:', 'min:' and 'max:' with 'unit:', or 'immediate: true'; or write "
    "the document's words on one line (time_limit: ১ হইতে ৭ দিন)":
        "সময়সীমা হয় 'unit:'-সহ 'value:', 'unit:'-সহ 'min:' ও 'max:', অথবা 'immediate: true' — এর যেকোনো একটি; "
        "অথবা দলিলের ভাষা হুবহু এক লাইনে লিখুন (time_limit: ১ হইতে ৭ দিন)",
    "a range needs 'min:' below 'max:', e.g. min: ১, max: ৭": "সীমার 'min:' 'max:'-এর চেয়ে কম হতে হবে, যেমন min: ১, max: ৭",
    "'unit' is missing: one of {units}": "'unit' ঘরটি নেই: {units} — এগুলোর একটি লিখুন",
    "this GRS row is empty: give at least one of when:, contact:, alternate:, time_limit:":
        "GRS-এর এই সারিটি ফাঁকা: when:, contact:, alternate:, time_limit:-এর অন্তত একটি দিন",
    "this charter states no effective date: give 'published:' (the date this site first published it), which makes "
    "its permanent URL; write 'effective_date:' only when the document states one":
        "এই সেবা প্রদান প্রতিশ্রুতিতে কার্যকর হওয়ার কোনো তারিখ নেই: 'published:' দিন (যে তারিখে এই সাইট এটি প্রথম "
        "প্রকাশ করেছে), এটি দিয়েই এর স্থায়ী ঠিকানা (URL) তৈরি হয়; 'effective_date:' লিখুন কেবল দলিলে তা উল্লেখ থাকলে",
    "an 'editor' figure needs a 'reason': say how it was derived from the document":
        "'editor' সংখ্যার জন্য 'reason' দিতে হবে: দলিল থেকে এটি কীভাবে নির্ণয় করা হয়েছে তা লিখুন",
    "list the officers under 'officers:' (or the GRS table under 'steps:')":
        "কর্মকর্তাদের তালিকা 'officers:'-এর নিচে দিন (অথবা GRS সারণি 'steps:'-এর নিচে)",
    "a 'quarter' needs its 'fiscal_year'": "'quarter' দিলে তার 'fiscal_year'-ও দিতে হবে",
    "give 'date:' (the date the document states) or, if it states none, 'published:'":
        "'date:' দিন (দলিলে উল্লিখিত তারিখ), অথবা দলিলে তারিখ না থাকলে 'published:' দিন",
    "list the committee under 'members:' (or the focal point officers under 'focal_points:')":
        "কমিটির তালিকা 'members:'-এর নিচে দিন (অথবা ফোকাল পয়েন্ট কর্মকর্তাদের 'focal_points:'-এর নিচে)",
    "give 'date:' (the order's date) or, if the document states none, 'published:'":
        "'date:' দিন (আদেশের তারিখ), অথবা দলিলে তারিখ না থাকলে 'published:' দিন",
    # ---------------------------------------------------------------- bangla.py
    "'{text}' is not a number: write digits such as ১২ or 12.5": "'{text}' কোনো সংখ্যা নয়: ১২ বা 12.5-এর মতো অঙ্কে লিখুন",
    "'{text}' has more digits than any figure of a document: at most {before} before the point and {after} after it":
        "'{text}'-এ দলিলের যেকোনো সংখ্যার চেয়ে বেশি অঙ্ক আছে: দশমিকের আগে সর্বোচ্চ {before}টি ও পরে {after}টি অঙ্ক",
    "'{text}' is not a number": "'{text}' কোনো সংখ্যা নয়",
    # ---------------------------------------------------------------- load.py
    "this file {problem}": "এই ফাইলটি {problem}",
    "this {problem}": "এটি {problem}",
    "cannot read this file: {reason}": "এই ফাইলটি পড়া যাচ্ছে না: {reason}",
    "this file is not UTF-8: save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8)":
        "এই ফাইলটি UTF-8 নয়: এটি UTF-8 হিসেবে সংরক্ষণ করুন (Notepad-এ: Save As → Encoding: UTF-8)",
    "the field name {problem}": "ঘরের নামে সমস্যা: {problem}",
    "a page starts with '---', its fields (at least 'title:'), and another '---'":
        "পাতা শুরু হয় '---' দিয়ে, তারপর এর ঘরগুলো (অন্তত 'title:'), তারপর আরেকটি '---'",
    "the front matter opened on line 1 is never closed: add a line '---' after the fields":
        "লাইন ১-এ শুরু হওয়া ঘরের অংশটি (front matter) কোথাও শেষ হয়নি: ঘরগুলোর পরে '---' লেখা একটি লাইন যোগ করুন",
    "unexpected entry '{name}' — did you mean '{close}'?": "অপ্রত্যাশিত '{name}' — আপনি কি '{close}' লিখতে চেয়েছিলেন?",
    "unexpected file '{name}' — did you mean '{close}'?": "অপ্রত্যাশিত ফাইল '{name}' — আপনি কি '{close}' লিখতে চেয়েছিলেন?",
    "unexpected folder '{name}' — did you mean '{close}'?": "অপ্রত্যাশিত ফোল্ডার '{name}' — আপনি কি '{close}' লিখতে চেয়েছিলেন?",
    "unexpected entry '{name}' (expected: {expected})": "অপ্রত্যাশিত '{name}' (থাকতে পারে: {expected})",
    "unexpected file '{name}' (expected: {expected})": "অপ্রত্যাশিত ফাইল '{name}' (থাকতে পারে: {expected})",
    "unexpected folder '{name}' (expected: {expected})": "অপ্রত্যাশিত ফোল্ডার '{name}' (থাকতে পারে: {expected})",
    "missing: every site needs a site.yaml with at least 'title:' and 'base_url:'":
        "নেই: প্রতিটি সাইটে অন্তত 'title:' ও 'base_url:'-সহ একটি site.yaml লাগে",
    "only Markdown pages (.md) belong in pages/: move or rename this file":
        "pages/ ফোল্ডারে শুধু Markdown পাতা (.md) থাকে: এই ফাইলটি সরিয়ে নিন বা এর নাম বদলান",
    "page file names become URLs: use lowercase ASCII letters, digits and hyphens, e.g. about.md":
        "পাতার ফাইলের নাম ঠিকানা (URL) হয়ে যায়: ছোট হাতের ASCII অক্ষর, অঙ্ক ও হাইফেন ব্যবহার করুন, যেমন about.md",
    "offices/ holds one folder per office: move this file into an office folder":
        "offices/ ফোল্ডারে প্রতিটি দপ্তরের একটি করে ফোল্ডার থাকে: এই ফাইলটি কোনো দপ্তরের ফোল্ডারে সরিয়ে নিন",
    "office folder names become URLs: use lowercase ASCII letters, digits and hyphens, e.g. mopa or dhaka-dc-office":
        "দপ্তরের ফোল্ডারের নাম ঠিকানা (URL) হয়ে যায়: ছোট হাতের ASCII অক্ষর, অঙ্ক ও হাইফেন ব্যবহার করুন, "
        "যেমন mopa বা dhaka-dc-office",
    "missing: create offices/<slug>/office.yaml for at least one office":
        "নেই: অন্তত একটি দপ্তরের জন্য offices/<slug>/office.yaml তৈরি করুন",
    "missing: every office folder needs an office.yaml with at least 'name:'":
        "নেই: প্রতিটি দপ্তরের ফোল্ডারে অন্তত 'name:'-সহ একটি office.yaml লাগে",
    "only .yaml record files belong in {folder}/: move evidence files to evidence/":
        "{folder}/ ফোল্ডারে শুধু .yaml রেকর্ড ফাইল থাকে: প্রমাণক ফাইলগুলো evidence/ ফোল্ডারে সরিয়ে নিন",
    # ---------------------------------------------------------------- yamlsource.py
    "'{key}' is given twice in the same block (first on line {first}): keep one":
        "'{key}' একই ব্লকে দুবার দেওয়া হয়েছে (প্রথমবার লাইন {first}-এ): একটি রাখুন",
    "cannot read this YAML": "এই YAML পড়া যাচ্ছে না",
    "YAML syntax error: {problem}": "YAML লেখার নিয়মে ভুল (syntax error): {problem}",
    "YAML syntax error: {problem} (a ':' inside a value: put the whole value in quotes)":
        "YAML লেখার নিয়মে ভুল (syntax error): {problem} (মানের ভেতরে ':' আছে: পুরো মানটি উদ্ধৃতিচিহ্নের ভেতরে লিখুন)",
    "YAML syntax error: {problem} (tabs are not allowed for indentation: use spaces)":
        "YAML লেখার নিয়মে ভুল (syntax error): {problem} (লাইনের শুরুর ফাঁকে ট্যাব চলে না: স্পেস দিন)",
    "YAML syntax error: {problem} (check the indentation of this line and the one before it)":
        "YAML লেখার নিয়মে ভুল (syntax error): {problem} (এই লাইন ও এর আগের লাইনের শুরুর ফাঁক মিলিয়ে দেখুন)",
    "YAML syntax error: {problem} (a value starting with '*' must be quoted)":
        "YAML লেখার নিয়মে ভুল (syntax error): {problem} ('*' দিয়ে শুরু হওয়া মান উদ্ধৃতিচিহ্নের ভেতরে লিখতে হয়)",
    'YAML syntax error: {problem} (a value starting with this character must be in quotes, e.g. unit: "%")':
        'YAML লেখার নিয়মে ভুল (syntax error): {problem} (এই চিহ্ন দিয়ে শুরু হওয়া মান উদ্ধৃতিচিহ্নের ভেতরে লিখতে হয়, '
        'যেমন unit: "%")',
    "YAML syntax error: lists and mappings are nested too deep to read":
        "YAML লেখার নিয়মে ভুল (syntax error): তালিকা ও ব্লকগুলো একটির ভেতরে আরেকটি এত গভীরে আছে যে পড়া যায় না",
    # ---------------------------------------------------------------- limits.py: characters
    "a carriage return": "একটি carriage return",
    "a NUL character": "একটি NUL অক্ষর",
    "a delete character": "একটি delete অক্ষর",
    "a left-to-right embedding": "একটি left-to-right embedding",
    "a right-to-left embedding": "একটি right-to-left embedding",
    "a pop-directional-formatting": "একটি pop-directional-formatting",
    "a left-to-right override": "একটি left-to-right override",
    "a right-to-left override": "একটি right-to-left override",
    "a left-to-right isolate": "একটি left-to-right isolate",
    "a right-to-left isolate": "একটি right-to-left isolate",
    "a first-strong isolate": "একটি first-strong isolate",
    "a pop-directional-isolate": "একটি pop-directional-isolate",
    "a control character": "একটি নিয়ন্ত্রণ-অক্ষর (control character)",
    "contains {code} ({what}, invisible and not allowed in a web page or a feed): delete it":
        "এতে {code} ({what}, যা চোখে দেখা যায় না এবং ওয়েব পাতা বা ফিডে চলে না) আছে: এটি মুছুন",
    "contains {code}, half of a surrogate pair, which is not a character: write the character itself "
    "(or its \\U escape, e.g. \\U0001F600) instead of two \\u escapes":
        "এতে {code} আছে, যা একটি surrogate জোড়ার অর্ধেক, কোনো অক্ষর নয়: দুটি \\u escape-এর বদলে অক্ষরটি নিজেই লিখুন "
        "(অথবা এর \\U escape, যেমন \\U0001F600)",
    "contains {code} ({what}), an invisible control that can make text display in a misleading order: delete it "
    "(Bangla needs no direction controls)":
        "এতে {code} ({what}) আছে, যা চোখে না-দেখা একটি নিয়ন্ত্রণ-চিহ্ন এবং লেখাকে বিভ্রান্তিকর ক্রমে দেখাতে পারে: "
        "এটি মুছুন (বাংলায় দিক-নিয়ন্ত্রণ চিহ্ন লাগে না)",
    "contains {code}, which Unicode reserves as a non-character: delete it":
        "এতে {code} আছে, যা Unicode অ-অক্ষর (non-character) হিসেবে সংরক্ষিত রেখেছে: এটি মুছুন",
    # ---------------------------------------------------------------- limits.py: YAML shape
    "more than {n} aliases (*name) in one file: write the values out":
        "একটি ফাইলে {n}টির বেশি alias (*name): মানগুলো পুরোপুরি লিখুন",
    "the alias *{anchor} is inside the value it names (&{anchor}), so that value would contain itself forever: "
    "write the value out":
        "alias *{anchor} যে মানের নাম (&{anchor}), সেই মানেরই ভেতরে আছে, ফলে মানটি অনন্তকাল নিজেকেই ধারণ করবে: "
        "মানটি পুরোপুরি লিখুন",
    "this file holds more than {n:,} values (keys, values and list items): is it really one record? "
    "Split it, or write fewer":
        "এই ফাইলে {n:,}টির বেশি মান আছে (ঘরের নাম, মান ও তালিকার বিষয়): এটি কি সত্যিই একটি রেকর্ড? "
        "এটি ভাগ করুন, অথবা কম লিখুন",
    "this file holds more than {n:,} values (keys, values and list items, aliases expanded): is it really one record? "
    "Split it, or write fewer":
        "এই ফাইলে {n:,}টির বেশি মান আছে (ঘরের নাম, মান ও তালিকার বিষয়, alias খুলে গুনে): এটি কি সত্যিই একটি রেকর্ড? "
        "এটি ভাগ করুন, অথবা কম লিখুন",
    "lists and mappings are nested more than {n} levels deep here: a record needs far fewer, check the indentation "
    "and the brackets":
        "এখানে তালিকা ও ব্লকগুলো একটির ভেতরে আরেকটি {n} স্তরের বেশি গভীরে আছে: রেকর্ডে এর চেয়ে অনেক কম লাগে, "
        "লাইনের শুরুর ফাঁক ও বন্ধনীগুলো মিলিয়ে দেখুন",
    # ---------------------------------------------------------------- limits.py: text and Markdown
    "this value is {length:,} characters long, over the limit of {limit:,}: shorten it, or split it "
    "(a link to an evidence file can carry a long document)":
        "এই মানটি {length:,} অক্ষর লম্বা, সীমা {limit:,}-এর বেশি: এটি ছোট করুন, অথবা ভাগ করুন "
        "(লম্বা দলিল প্রমাণক ফাইল হিসেবে দিয়ে তার লিংক দেওয়া যায়)",
    "this page is {length:,} characters long, over the limit of {limit:,}: shorten it, or split it "
    "(a link to an evidence file can carry a long document)":
        "এই পাতাটি {length:,} অক্ষর লম্বা, সীমা {limit:,}-এর বেশি: এটি ছোট করুন, অথবা ভাগ করুন "
        "(লম্বা দলিল প্রমাণক ফাইল হিসেবে দিয়ে তার লিংক দেওয়া যায়)",
    "too many '{brace}' in lines this long: write \\{brace} for a brace that does not start an attribute list "
    "({example}), or split the line":
        "এত লম্বা লাইনে অনেক বেশি '{brace}' আছে: যে বন্ধনী attribute list ({example}) শুরু করে না তার জন্য "
        "\\{brace} লিখুন, অথবা লাইনটি ভাগ করুন",
    "lists or quotes ('>') are nested more than {n} levels deep here (counting each '>', list marker and 4 spaces "
    "of indentation): nest less":
        "এখানে তালিকা বা উদ্ধৃতি ('>') একটির ভেতরে আরেকটি {n} স্তরের বেশি গভীরে আছে (প্রতিটি '>', তালিকার চিহ্ন "
        "ও শুরুর ৪টি স্পেস এক স্তর): স্তর কমান",
    "this paragraph is {length:,} characters long, over the limit of {limit:,} for one paragraph, list or table: "
    "split it with blank lines":
        "এই অনুচ্ছেদটি {length:,} অক্ষর লম্বা, একটি অনুচ্ছেদ, তালিকা বা সারণির সীমা {limit:,}-এর বেশি: "
        "ফাঁকা লাইন দিয়ে এটি ভাগ করুন",
    "more than {n} headings, rules ('---', '***', '===') or link definitions without a blank line between them: "
    "put blank lines around headings and rules":
        "মাঝে ফাঁকা লাইন ছাড়া {n}টির বেশি শিরোনাম, রেখা ('---', '***', '===') বা লিংকের সংজ্ঞা: "
        "শিরোনাম ও রেখার আগে-পরে ফাঁকা লাইন দিন",
    "too many '[', '](' or '`' here that are never closed, or that enclose long stretches of text: close each one "
    "(']', ')', as many '`'), or write \\[ \\( \\` for the character itself":
        "এখানে অনেক বেশি '[', '](' বা '`' আছে যা কখনো বন্ধ হয়নি, অথবা যার ভেতরে অনেক লম্বা লেখা: প্রতিটি বন্ধ করুন "
        "(']', ')', সমানসংখ্যক '`'), অথবা চিহ্নটি নিজেই বোঝাতে \\[ \\( \\` লিখুন",
    "more than {n:,} HTML tags: write Markdown instead, or write &lt; for a '<' that does not start a tag":
        "{n:,}টির বেশি HTML ট্যাগ: এর বদলে Markdown লিখুন, অথবা যে '<' কোনো ট্যাগ শুরু করে না তার জন্য &lt; লিখুন",
    "too many HTML comments ('<!--') among HTML tags in this paragraph: delete the comments, or write Markdown "
    "instead of the tags":
        "এই অনুচ্ছেদে HTML ট্যাগের মাঝে অনেক বেশি HTML মন্তব্য ('<!--'): মন্তব্যগুলো মুছুন, অথবা ট্যাগের বদলে "
        "Markdown লিখুন",
    "'{start}…' reads as an HTML tag {length:,} characters long, and the tags here are too long together: end each "
    "tag with '>', and write &lt; for a '<' that does not start a tag":
        "'{start}…' {length:,} অক্ষর লম্বা একটি HTML ট্যাগ হিসেবে পড়া হচ্ছে, এবং এখানকার ট্যাগগুলো মিলিয়ে অনেক "
        "লম্বা: প্রতিটি ট্যাগ '>' দিয়ে শেষ করুন, এবং যে '<' কোনো ট্যাগ শুরু করে না তার জন্য &lt; লিখুন",

    # ================================================================ records, versions, URL lock, outputs, evidence, files, search index, manifest, publishing
    # ---------------------------------------------------------------- versions (charter, committee, GRS)
    "charter versions": "সেবা প্রদান প্রতিশ্রুতির সংস্করণ",
    "committee orders": "কমিটি গঠনের অফিস আদেশ",
    "GRS officer updates": "অনিক ও আপিল কর্মকর্তার তথ্যের হালনাগাদ",
    "this office's {what} mix ones whose document states a date and ones that do not: give every one "
    "'published:' (the date this site first published it), which then orders them; the newest is current":
        "এই দপ্তরের {what}গুলোর মধ্যে কয়েকটির দলিলে তারিখ উল্লেখ আছে, কয়েকটির নেই: প্রতিটিতে 'published:' দিন "
        "(এই সাইটে প্রথম প্রকাশের তারিখ), তখন সেই তারিখ দিয়েই ক্রম ঠিক হবে; সবচেয়ে নতুনটিই বর্তমান",

    # ---------------------------------------------------------------- records/charter.py
    "this is the office's newest charter, dated {date}, more than a year ago: offices revise the charter every year; "
    "add the newer version if there is one":
        "এটি দপ্তরের সবচেয়ে নতুন সেবা প্রদান প্রতিশ্রুতি, যার তারিখ {date}, এক বছরেরও বেশি আগে: দপ্তরগুলো প্রতি বছর "
        "সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করে; নতুন সংস্করণ থাকলে সেটি যোগ করুন",
    "another charter version ({first}) has the same effective_date: each version needs its own date":
        "সেবা প্রদান প্রতিশ্রুতির আরেকটি সংস্করণের ({first}) effective_date-ও একই: প্রতিটি সংস্করণের নিজস্ব তারিখ থাকতে হবে",
    "another charter version ({first}) has the date {date} in its URL, this undated version's published date: "
    "each version needs its own date":
        "সেবা প্রদান প্রতিশ্রুতির আরেকটি সংস্করণের ({first}) ঠিকানায় (URL) তারিখ {date}, যা তারিখহীন এই সংস্করণের "
        "published তারিখও: প্রতিটি সংস্করণের নিজস্ব তারিখ থাকতে হবে",

    # ---------------------------------------------------------------- records/committee.py, grs.py
    "an order cannot replace itself: give the date of the earlier order":
        "কোনো আদেশ নিজেকেই প্রতিস্থাপন করতে পারে না: আগের আদেশটির তারিখ দিন",
    "another committee order ({first}) has the same date: each order needs its own date":
        "কমিটির আরেকটি আদেশের ({first}) তারিখও একই: প্রতিটি আদেশের নিজস্ব তারিখ থাকতে হবে",
    "there is no committee order of {date} to replace: give the date of one of this office's orders ({orders})":
        "প্রতিস্থাপনের জন্য {date} তারিখের কোনো কমিটির আদেশ নেই: এই দপ্তরের কোনো একটি আদেশের তারিখ দিন ({orders})",
    "this order ({date}) cannot replace a later one ({later})":
        "এই আদেশ ({date}) পরের কোনো আদেশকে ({later}) প্রতিস্থাপন করতে পারে না",
    "none yet": "এখনও নেই",
    "another GRS officers update ({first}) has the same date: each update needs its own date":
        "অনিক ও আপিল কর্মকর্তার তথ্যের আরেকটি হালনাগাদের ({first}) তারিখও একই: প্রতিটি হালনাগাদের নিজস্ব তারিখ থাকতে হবে",

    # ---------------------------------------------------------------- records/meeting.py, minutes.py
    "{first} is already meeting {number} of {fiscal_year}: give each meeting its own number":
        "{fiscal_year} অর্থবছরের {number} নম্বর সভা আগে থেকেই আছে ({first}): প্রতিটি সভাকে আলাদা নম্বর দিন",
    "{first} is already the minutes of meeting {number} of {fiscal_year}: one file per meeting":
        "{fiscal_year} অর্থবছরের {number} নম্বর সভার কার্যবিবরণী আগে থেকেই আছে ({first}): প্রতিটি সভার জন্য একটি ফাইল",

    # ---------------------------------------------------------------- records/plan.py
    "{first} is already the {fiscal_year} action plan: one plan per fiscal year":
        "{fiscal_year} অর্থবছরের কর্মপরিকল্পনা আগে থেকেই আছে ({first}): প্রতি অর্থবছরে একটি কর্মপরিকল্পনা",
    "area '{area}' has weight {weight} but its indicators' weights add up to {total}: correct the typing, or, "
    "if the document says so, keep its figures and add 'weights_note:' (e.g. weights_note: দলিলে এভাবেই আছে)":
        "কার্যক্রমের ক্ষেত্র '{area}'-এর মান {weight}, কিন্তু এর সূচকগুলোর মানের যোগফল {total}: টাইপের ভুল ঠিক করুন, "
        "অথবা দলিলে এভাবেই থাকলে সংখ্যাগুলো রেখে 'weights_note:' যোগ করুন (যেমন weights_note: দলিলে এভাবেই আছে)",
    "activity id {id} does not fit area {area}: activities of area {area} are numbered {first}, {second}, …":
        "কার্যক্রমের নম্বর (id) {id} ক্ষেত্র {area}-এর সঙ্গে মেলে না: ক্ষেত্র {area}-এর কার্যক্রমগুলোর নম্বর হয় {first}, {second}, …",
    "id {id} is used twice (first on line {line}): give each its own id":
        "নম্বর (id) {id} দুবার ব্যবহার করা হয়েছে (প্রথমবার লাইন {line}-এ): প্রতিটিকে আলাদা নম্বর দিন",
    "indicator id {id} does not belong to activity {activity}: number it {first}, {second}, …":
        "সূচকের নম্বর (id) {id} কার্যক্রম {activity}-এর অধীন নয়: এর নম্বর দিন {first}, {second}, …",
    "indicator {id} has {n} targets: give the levels the document has, at most five, from অসাধারণ (100%) to "
    "চলতি মানের নিম্নে (60%) (e.g. [৪] when it has only অসাধারণ); write '-' for a level it leaves empty":
        "সূচক {id}-এর লক্ষ্যমাত্রা {n}টি: দলিলে যতগুলো স্তর আছে ততগুলো দিন, অসাধারণ (১০০%) থেকে চলতি মানের নিম্নে (৬০%) "
        "পর্যন্ত সর্বোচ্চ পাঁচটি (যেমন শুধু অসাধারণ থাকলে [৪]); দলিলে কোনো স্তর ফাঁকা থাকলে সেখানে '-' লিখুন",
    "targets of {id} mix dates and numbers: write all of them as one or the other":
        "{id}-এর লক্ষ্যমাত্রায় তারিখ ও সংখ্যা মিশে আছে: সবগুলো হয় তারিখ, নয়তো সংখ্যা হিসেবে লিখুন",
    "indicator {id} is counted by তারিখ: its targets are dates (YYYY-MM-DD)":
        "সূচক {id}-এর গণনা পদ্ধতি তারিখ: এর লক্ষ্যমাত্রাগুলো হবে তারিখ (YYYY-MM-DD)",
    "indicator {id} has a date as a target: set 'calculation: তারিখ' or write a number":
        "সূচক {id}-এর একটি লক্ষ্যমাত্রা তারিখ: 'calculation: তারিখ' দিন, অথবা একটি সংখ্যা লিখুন",
    "indicator {id} needs an অসাধারণ (100%) target, the first value":
        "সূচক {id}-এর একটি অসাধারণ (১০০%) লক্ষ্যমাত্রা দরকার, যা প্রথম মান",
    "targets of {id} are out of order: lower is better, so they must rise from অসাধারণ (100%) to চলতি মানের নিম্নে (60%)":
        "{id}-এর লক্ষ্যমাত্রাগুলো ঠিক ক্রমে নেই: এখানে কম হলেই ভালো, তাই অসাধারণ (১০০%) থেকে চলতি মানের নিম্নে (৬০%) "
        "পর্যন্ত এগুলো বাড়তে হবে",
    "targets of {id} are out of order: higher is better, so they must fall from অসাধারণ (100%) to চলতি মানের নিম্নে (60%) "
    "(or set lower_is_better: true)":
        "{id}-এর লক্ষ্যমাত্রাগুলো ঠিক ক্রমে নেই: এখানে বেশি হলেই ভালো, তাই অসাধারণ (১০০%) থেকে চলতি মানের নিম্নে (৬০%) "
        "পর্যন্ত এগুলো কমতে হবে (অথবা lower_is_better: true দিন)",
    "none": "নেই",
    "there is no {fiscal_year} action plan for this office (plans: {plans}): add action-plans/{fiscal_year}.yaml or fix the fiscal year":
        "এই দপ্তরের {fiscal_year} অর্থবছরের কোনো কর্মপরিকল্পনা নেই (আছে: {plans}): action-plans/{fiscal_year}.yaml যোগ করুন, "
        "অথবা অর্থবছরটি ঠিক করুন",
    "indicator {id} is given twice (first on line {line}): merge them":
        "সূচক {id} দুবার দেওয়া হয়েছে (প্রথমবার লাইন {line}-এ): দুটিকে এক করুন",
    " — did you mean {suggestion}?": " — আপনি কি {suggestion} বোঝাতে চেয়েছেন?",
    "the {fiscal_year} action plan has no indicator {id}{hint}":
        "{fiscal_year} অর্থবছরের কর্মপরিকল্পনায় {id} সূচকটি নেই{hint}",
    "(its targets)": "(এর লক্ষ্যমাত্রা)",
    "the achievement of {id} should be a date (YYYY-MM-DD), as its plan says {says}":
        "{id}-এর অর্জন একটি তারিখ (YYYY-MM-DD) হওয়া উচিত, কর্মপরিকল্পনায় যেমন আছে {says}",
    "the achievement of {id} should be a number, as its plan says {says}":
        "{id}-এর অর্জন একটি সংখ্যা হওয়া উচিত, কর্মপরিকল্পনায় যেমন আছে {says}",

    # ---------------------------------------------------------------- records/report.py, evaluation.py
    "{first} is already the report for {fiscal_year} quarter {quarter}: one report per quarter":
        "{fiscal_year} অর্থবছরের ত্রৈমাসিক {quarter}-এর প্রতিবেদন আগে থেকেই আছে ({first}): প্রতি ত্রৈমাসিকে একটি প্রতিবেদন",
    "{first} is already the {fiscal_year} annual evaluation: one per fiscal year":
        "{fiscal_year} অর্থবছরের বার্ষিক মূল্যায়ন প্রতিবেদন আগে থেকেই আছে ({first}): প্রতি অর্থবছরে একটি",
    "submitted {date} is before quarter {quarter} of {fiscal_year} began: check the date":
        "দাখিলের তারিখ (submitted) {date}, {fiscal_year} অর্থবছরের ত্রৈমাসিক {quarter} শুরু হওয়ার আগের: তারিখটি যাচাই করুন",
    "submitted {date} is before quarter {quarter} of {fiscal_year} ended ({end}): a quarter's report is written after it ends; "
    "check the date":
        "দাখিলের তারিখ (submitted) {date}, {fiscal_year} অর্থবছরের ত্রৈমাসিক {quarter} শেষ হওয়ার ({end}) আগের: "
        "ত্রৈমাসিক শেষ হওয়ার পরেই তার প্রতিবেদন লেখা হয়; তারিখটি যাচাই করুন",
    "submitted {date} is before the {fiscal_year} fiscal year began: check the date":
        "দাখিলের তারিখ (submitted) {date}, {fiscal_year} অর্থবছর শুরু হওয়ার আগের: তারিখটি যাচাই করুন",
    "the achievement {value} of {indicator} is {times} times its অসাধারণ target {target}: check for a typing mistake "
    "(a digit too many, another column's figure)":
        "{indicator}-এর অর্জন {value}, যা এর অসাধারণ লক্ষ্যমাত্রা {target}-এর {times} গুণ: টাইপের ভুল আছে কি না দেখুন "
        "(একটি অঙ্ক বেশি, বা অন্য কলামের সংখ্যা)",
    "the running total (ক্রমপুঞ্জিভূত) of {indicator} falls from {was} in quarter {quarter} to {value}: "
    "a running total includes the quarters before; check both figures":
        "{indicator}-এর ক্রমপুঞ্জিভূত অর্জন ত্রৈমাসিক {quarter}-এর {was} থেকে কমে {value} হয়েছে: ক্রমপুঞ্জিভূত অর্জনে "
        "আগের ত্রৈমাসিকগুলোও ধরা থাকে; দুটি সংখ্যাই যাচাই করুন",

    # ---------------------------------------------------------------- urllock.py
    "this file {message}": "এই ফাইলটি {message}",
    "this file is not UTF-8: restore it from git (it holds only ASCII paths)":
        "এই ফাইলটি UTF-8 নয়: git থেকে ফাইলটি ফিরিয়ে আনুন (এতে শুধু ASCII পাথ থাকে)",
    "'{text}' is not a site path (each line is one path starting with '/')":
        "'{text}' সাইটের কোনো পাথ নয় (প্রতিটি লাইনে '/' দিয়ে শুরু হওয়া একটি পাথ থাকে)",
    "{url} was published before and this build would lose it: restore its record (mark it 'withdrawn:' with a date "
    "and reason if it no longer stands), or add a redirect for it to redirects.yaml":
        "{url} আগে প্রকাশিত হয়েছে, কিন্তু এবারের সাইট তৈরিতে এটি হারিয়ে যাবে: এর রেকর্ডটি ফিরিয়ে আনুন (সেটি আর বহাল "
        "না থাকলে তারিখ ও কারণসহ 'withdrawn:' দিন), অথবা redirects.yaml-এ এর জন্য একটি পুনর্নির্দেশ (redirect) যোগ করুন",

    # ---------------------------------------------------------------- commands.py: redirects
    "{url} is redirected twice (first on line {line}): keep one":
        "{url} দুবার পুনর্নির্দেশ করা হয়েছে (প্রথমবার লাইন {line}-এ): একটি রাখুন",
    "{url} is still a page of this site: remove this redirect, or the record that makes the page":
        "{url} এখনও এই সাইটের একটি পাতা: এই পুনর্নির্দেশটি মুছুন, অথবা যে রেকর্ড থেকে পাতাটি তৈরি হয় সেটি মুছুন",
    "redirect target {url} is not a page of this site{hint}":
        "পুনর্নির্দেশের গন্তব্য {url} এই সাইটের কোনো পাতা নয়{hint}",
    "{url} is itself redirected: point this redirect straight at the final page":
        "{url} নিজেই অন্য ঠিকানায় পুনর্নির্দেশিত: এই পুনর্নির্দেশটি সরাসরি চূড়ান্ত পাতার দিকে দিন",

    # ---------------------------------------------------------------- commands.py: shards and merge
    "{folder}: not a shard build (no readable {file}): make it with build --shard NAME --out {folder}":
        "{folder}: এটি কোনো খণ্ডের (shard) তৈরি ফোল্ডার নয় (পড়ার মতো {file} নেই): "
        "build --shard NAME --out {folder} দিয়ে তৈরি করুন",
    "{folder}: shard '{name}' was built from other content or another version of the program: "
    "build every shard from the same commit as the merge":
        "{folder}: খণ্ড (shard) '{name}' অন্য কনটেন্ট বা প্রোগ্রামের অন্য সংস্করণ থেকে তৈরি: "
        "merge যে commit থেকে চলছে, প্রতিটি খণ্ড সেই একই commit থেকে তৈরি করুন",
    "{folder}: shard '{name}' is not a shard of this site": "{folder}: খণ্ড (shard) '{name}' এই সাইটের কোনো খণ্ড নয়",
    "{folder}: shard '{name}' is also given as {other}: give each shard once":
        "{folder}: খণ্ড (shard) '{name}' {other} হিসেবেও দেওয়া হয়েছে: প্রতিটি খণ্ড একবার দিন",
    "{missing} missing, {changed} changed, {extra} extra": "{missing}টি নেই, {changed}টি বদলেছে, {extra}টি বাড়তি",
    "{folder}: shard '{name}' does not match its manifest ({why}): build it again":
        "{folder}: খণ্ড (shard) '{name}' এর manifest-এর সঙ্গে মেলে না ({why}): খণ্ডটি আবার তৈরি করুন",
    "{folder}: shard '{name}' holds /{path}, which is not a plain file of the site: build it again":
        "{folder}: খণ্ড (shard) '{name}'-এ /{path} আছে, যা সাইটের সাধারণ ফাইল নয়: খণ্ডটি আবার তৈরি করুন",
    "{folder}: shard '{name}' lacks /{path}: build it again":
        "{folder}: খণ্ড (shard) '{name}'-এ /{path} নেই: খণ্ডটি আবার তৈরি করুন",
    "{folder}: shard '{name}' has no search index: build it again":
        "{folder}: খণ্ড (shard) '{name}'-এ অনুসন্ধান সূচি নেই: খণ্ডটি আবার তৈরি করুন",
    "shard '{name}' is missing: build it with build --shard {name} and give its folder to merge":
        "খণ্ড (shard) '{name}' দেওয়া হয়নি: build --shard {name} দিয়ে এটি তৈরি করুন এবং এর ফোল্ডারটি merge-কে দিন",

    # ---------------------------------------------------------------- outputs.py: path collisions
    "'{path}' is not a path inside the site: use ASCII letters, digits, '.', '_', '~' and '-' between single '/'":
        "'{path}' সাইটের ভেতরের কোনো পাথ নয়: একক '/' দিয়ে আলাদা করা অংশে শুধু ASCII অক্ষর, অঙ্ক, '.', '_', '~' ও '-' "
        "ব্যবহার করুন",
    "/{path} would be written twice": "/{path} দুবার লেখা হবে",
    "/{path} is a folder of the site": "/{path} সাইটের একটি ফোল্ডার",
    "/{path} needs /{folder} to be a folder, but it is a file":
        "/{path}-এর জন্য /{folder} একটি ফোল্ডার হওয়া দরকার, কিন্তু সেটি একটি ফাইল",
    "/{path} is inside /{folder}/, which the search index owns": "/{path} রয়েছে /{folder}/-এর ভেতরে, যা অনুসন্ধান সূচির ফোল্ডার",
    "/{path} is the search index's folder": "/{path} অনুসন্ধান সূচির ফোল্ডার",
    "{message}: by {what} here{also} — rename or remove one":
        "{message}: এখানকার {what} থেকে{also} — একটির নাম বদলান বা একটি সরিয়ে দিন",
    ", and by {other}": ", এবং {other} থেকে",
    "{what} in {where}": "{where}-এর {what}",
    # what writes an output (named in the collision messages above)
    "the redirect": "পুনর্নির্দেশ (redirect)",
    "the page of the record": "রেকর্ডের পাতা",
    "the office page": "দপ্তরের পাতা",
    "the page": "পাতা",
    "the home page": "প্রথম পাতা",
    "the monitoring page": "পরিবীক্ষণের পাতা",
    "the search page": "অনুসন্ধানের পাতা",
    "the {kind} page": "{kind} পাতা",
    "the JSON twin of {what}": "{what}-এর JSON রূপ",
    "the CSV twin of {what}": "{what}-এর CSV রূপ",
    "the open-data catalogue": "উন্মুক্ত উপাত্তের তালিকা",
    "the site's feed": "সাইটের ফিড",
    "the sitemap": "সাইটম্যাপ",
    "the redirect list": "পুনর্নির্দেশের তালিকা",
    "the host headers": "হোস্টের হেডার",
    "the nginx snippet": "nginx-এর কনফিগারেশন অংশ",
    "the list of search index shards": "অনুসন্ধান সূচির খণ্ডগুলোর তালিকা",
    "the search glossary": "অনুসন্ধানের সমার্থক শব্দের তালিকা",
    "the Bijoy table of the search box": "অনুসন্ধান বাক্সের বিজয় রূপান্তর সারণি",
    "the site's manifest of every file": "সাইটের সব ফাইলের তালিকা (manifest)",
    "the site's checksums": "সাইটের ফাইলগুলোর চেকসাম",
    "the site's assets": "সাইটের নিজস্ব ফাইল (assets)",
    "the feed of the office": "দপ্তরের ফিড",
    "the open-data catalogue of the office": "দপ্তরের উন্মুক্ত উপাত্তের তালিকা",
    "the evidence file": "প্রমাণক ফাইল",

    # ---------------------------------------------------------------- evidence.py
    "'{name}': {type} files can run scripts on this site's address when a browser opens them: "
    "save it as PDF (or PNG) and link that instead":
        "'{name}': {type} ফাইল ব্রাউজারে খুললে এই সাইটের ঠিকানায় স্ক্রিপ্ট চালাতে পারে: ফাইলটি PDF (বা PNG) হিসেবে "
        "সংরক্ষণ করে সেটির লিংক দিন",
    "'{name}' is a .{ext} file: evidence may be {allowed} — save it as PDF":
        "'{name}' একটি .{ext} ফাইল: প্রমাণক হতে পারে {allowed} — ফাইলটি PDF হিসেবে সংরক্ষণ করুন",
    "'{name}' is a file without an extension: evidence may be {allowed} — save it as PDF":
        "'{name}' ফাইলটির কোনো এক্সটেনশন নেই: প্রমাণক হতে পারে {allowed} — ফাইলটি PDF হিসেবে সংরক্ষণ করুন",
    "'{name}' is not really a {type} file (its contents do not match its name): "
    "open it and save it again as {type}, or give it the right extension":
        "'{name}' আসলে {type} ফাইল নয় (এর ভেতরের বিষয়বস্তু নামের সঙ্গে মেলে না): ফাইলটি খুলে আবার {type} হিসেবে "
        "সংরক্ষণ করুন, অথবা সঠিক এক্সটেনশন দিন",

    # ---------------------------------------------------------------- files.py (said after a file's name)
    "is a symbolic link: links may point outside the content folder, so they are not followed — copy the file itself here":
        "একটি সিম্বলিক লিংক (symbolic link): লিংক কনটেন্ট ফোল্ডারের বাইরে নির্দেশ করতে পারে, তাই তা অনুসরণ করা হয় না — "
        "মূল ফাইলটিই এখানে কপি করুন",
    "a symbolic link": "একটি সিম্বলিক লিংক",
    "a named pipe (FIFO)": "একটি নেমড পাইপ (FIFO)",
    "a socket": "একটি সকেট",
    "a device": "একটি ডিভাইস",
    "not a regular file": "সাধারণ ফাইল নয়",
    "is {kind}, not a file: only ordinary files are published": "{kind}, ফাইল নয়: শুধু সাধারণ ফাইল প্রকাশ করা হয়",
    "{size} MB": "{size} MB",
    "is {size}, over the limit of {limit}: make it smaller, or split it":
        "{size}, যা {limit} সীমার বেশি: ফাইলটি ছোট করুন, অথবা কয়েক ভাগে ভাগ করুন",
    "is over the limit of {limit}: make it smaller, or split it":
        "{limit} সীমার চেয়ে বড়: ফাইলটি ছোট করুন, অথবা কয়েক ভাগে ভাগ করুন",
    "is over the limit of {limit}": "{limit} সীমার চেয়ে বড়",
    "changed while the site was being built: build again": "সাইট তৈরির সময়েই বদলে গেছে: আবার সাইট তৈরি করুন",

    # ---------------------------------------------------------------- index.py
    "pagefind-bin is not installed: pip install -e . installs it":
        "pagefind-bin ইনস্টল করা নেই: pip install -e . চালালে এটি ইনস্টল হবে",
    "Pagefind did not finish within {seconds} s": "Pagefind {seconds} সেকেন্ডের মধ্যে শেষ হয়নি",
    "Pagefind failed (exit {code}): {output}": "Pagefind ব্যর্থ হয়েছে (exit {code}): {output}",

    # ---------------------------------------------------------------- manifest.py (verify)
    "{file} is missing: this is not a complete Protishruti site": "{file} নেই: এটি সম্পূর্ণ কোনো Protishruti সাইট নয়",
    "{file} is damaged: it cannot be read": "{file} নষ্ট হয়ে গেছে: এটি পড়া যাচ্ছে না",
    "{file} is damaged: its files are not a list of paths and hashes":
        "{file} নষ্ট হয়ে গেছে: এর files অংশে পাথ ও হ্যাশের তালিকা নেই",

    # ---------------------------------------------------------------- publish.py
    "Another build is publishing to {out}; waiting for it to finish (lock: {lock}) …":
        "আরেকটি সাইট তৈরির কাজ এখন {out}-এ প্রকাশ করছে; সেটি শেষ হওয়া পর্যন্ত অপেক্ষা করা হচ্ছে (lock: {lock}) …",
    "{out} is not a release this tool published, so there is nothing to roll back to":
        "{out} এই প্রোগ্রামের প্রকাশ করা কোনো রিলিজ নয়, তাই ফিরে যাওয়ার মতো কিছু নেই",
    "{out} has no previous release to roll back to (only the current one, {current}, is kept)":
        "{out}-এর ফিরে যাওয়ার মতো আগের কোনো রিলিজ নেই (শুধু বর্তমানটি, {current}, রাখা আছে)",

    # ================================================================ the command line and the live preview (cli.py, serve.py)
    # cli.py: the summary of a check or build with problems
    "; {out} was not changed": "; {out} বদলানো হয়নি",
    "{n} problem in {files} file under {content}{tail}. Fix them and run again.": _PROBLEM_UNDER,
    "{n} problems in {files} file under {content}{tail}. Fix them and run again.": _PROBLEMS_UNDER,
    "{n} problem in {files} files under {content}{tail}. Fix them and run again.": _PROBLEM_UNDER,
    "{n} problems in {files} files under {content}{tail}. Fix them and run again.": _PROBLEMS_UNDER,
    # argparse types
    "'{text}' is not a port: give a number from 1 to 65535 (0 picks a free one)":
        "'{text}' পোর্ট নয়: ১ থেকে ৬৫৫৩৫-এর মধ্যে একটি সংখ্যা দিন (০ দিলে একটি খালি পোর্ট বেছে নেওয়া হয়)",
    "'{text}' is not a quarter: give 1, 2, 3 or 4": "'{text}' ত্রৈমাসিক নয়: ১, ২, ৩ বা ৪ দিন",
    "'{text}' is not a date: write it as YYYY-MM-DD": "'{text}' তারিখ নয়: YYYY-MM-DD আকারে লিখুন",
    "'{text}' is not a number of processes from 1 to 256": "'{text}' প্রসেসের সংখ্যা হিসেবে চলে না: ১ থেকে ২৫৬-এর মধ্যে একটি সংখ্যা দিন",
    # verify
    "'{folder}' is not a folder": "'{folder}' কোনো ফোল্ডার নয়",
    "missing: {path}": "নেই: {path}",
    "changed: {path}": "বদলেছে: {path}",
    "extra: {path}": "বাড়তি: {path}",
    "{folder} does not match its manifest: {missing} missing, {changed} changed, {extra} extra (of {checked} files listed).":
        "{folder} তার manifest-এর সঙ্গে মেলে না: {missing}টি নেই, {changed}টি বদলেছে, {extra}টি বাড়তি (তালিকায় আছে {checked}টি ফাইল)।",
    "{folder}: all {checked} files match manifest.json.": "{folder}: manifest.json-এর তালিকার {checked}টি ফাইলের সবগুলোই মিলেছে।",
    # check, build, merge
    "content folder '{content}' does not exist (use --content DIR)":
        "বিষয়বস্তুর ফোল্ডার '{content}' নেই (--content DIR দিয়ে ফোল্ডারটি দেখিয়ে দিন)",
    "{content}: no problems found ({seconds:.2f} s).": "{content}: কোনো সমস্যা পাওয়া যায়নি ({seconds:.2f} সেকেন্ড)।",
    "--out '{out}' is a file, not a folder": "--out '{out}' একটি ফাইল, ফোল্ডার নয়",
    "--out must be a folder outside the content folder (it is replaced on every build)":
        "--out বিষয়বস্তুর ফোল্ডারের বাইরের কোনো ফোল্ডার হতে হবে (প্রতিবার সাইট তৈরির সময় এটি নতুন করে লেখা হয়)",
    "Cannot serve on 127.0.0.1:{port}: {reason} (another program may be using it: try --port 8001)":
        "127.0.0.1:{port}-এ সাইট চালানো যাচ্ছে না: {reason} (হয়তো অন্য কোনো প্রোগ্রাম এটি ব্যবহার করছে: --port 8001 দিয়ে চেষ্টা করুন)",
    "Another build is publishing to {out} right now; waiting for it to finish …":
        "আরেকটি সাইট তৈরির কাজ এখন {out}-এ প্রকাশ করছে; সেটি শেষ হওয়ার অপেক্ষা চলছে …",
    "--shard {name}: no shard or ministry of that name; the shards are: {shards}":
        "--shard {name}: এই নামে কোনো শার্ড বা মন্ত্রণালয় নেই; শার্ডগুলো হলো: {shards}",
    "The shards cannot be merged, so nothing was published ({out} was not changed).":
        "শার্ডগুলো একত্র করা যাচ্ছে না, তাই কিছুই প্রকাশ করা হয়নি ({out} বদলানো হয়নি)।",
    "The search index could not be built, so nothing was published ({out} was not changed): {error}":
        "সার্চ ইনডেক্স তৈরি করা যায়নি, তাই কিছুই প্রকাশ করা হয়নি ({out} বদলানো হয়নি): {error}",
    "Interrupted after the new site was published in {out}.": "নতুন সাইটটি {out}-এ প্রকাশের পর কাজ থামানো হয়েছে।",
    "Interrupted; {out} was not changed.": "কাজ থামানো হয়েছে; {out} বদলানো হয়নি।",
    "Nothing changed since the last build: {out}/ is up to date ({pages} pages, checked in {seconds:.2f} s).":
        "গতবার সাইট তৈরির পর কিছুই বদলায়নি: {out}/ হালনাগাদ আছে ({pages}টি পাতা, {seconds:.2f} সেকেন্ডে যাচাই করা হয়েছে)।",
    " ({made} made, {reused} unchanged)": " ({made}টি নতুন করে তৈরি, {reused}টি অপরিবর্তিত)",
    " ({made} made, {reused} unchanged, search index unchanged)":
        " ({made}টি নতুন করে তৈরি, {reused}টি অপরিবর্তিত, সার্চ ইনডেক্স অপরিবর্তিত)",
    "Merged {shards} shard(s): {pages} pages and {files} files into {out}/ in {seconds:.2f} s.":
        "{shards}টি শার্ড একত্র করা হয়েছে: {seconds:.2f} সেকেন্ডে {out}/ ফোল্ডারে {pages}টি পাতা ও {files}টি ফাইল।",
    "Built shard {shard}: {pages} pages and {files} files into {out}/ in {seconds:.2f} s{how}; give {out} to merge with the other shards.":
        "শার্ড {shard} তৈরি হয়েছে: {seconds:.2f} সেকেন্ডে {out}/ ফোল্ডারে {pages}টি পাতা ও {files}টি ফাইল{how}; অন্য শার্ডগুলোর সঙ্গে merge-এ {out} দিন।",
    "Built {pages} pages and {files} files into {out}/ in {seconds:.2f} s{how}.":
        "{seconds:.2f} সেকেন্ডে {out}/ ফোল্ডারে {pages}টি পাতা ও {files}টি ফাইল তৈরি হয়েছে{how}।",
    "{n} new URL(s) added to {lock}: commit it with the content.":
        "{lock}-এ {n}টি নতুন ঠিকানা (URL) যোগ হয়েছে: বিষয়বস্তুর সঙ্গে এটিও commit করুন।",
    "--force: what was in {out} is kept in {kept} until the next build (protishruti rollback --out {out} brings it back).":
        "--force: {out}-এ যা ছিল তা পরের বার সাইট তৈরি পর্যন্ত {kept}-এ রাখা আছে (protishruti rollback --out {out} দিয়ে ফিরিয়ে আনা যায়)।",
    "--force: replaced the symbolic link {out} (what it pointed to was not touched).":
        "--force: সিম্বলিক লিংক {out} বদলানো হয়েছে (লিংকটি যেখানে নির্দেশ করত সেখানে হাত দেওয়া হয়নি)।",
    "To look at it: python -m http.server --directory {out} 8000, then open http://127.0.0.1:8000/;"
    " while you edit, python build.py serve --content {content} rebuilds and reloads the page on every save":
        "দেখতে চাইলে: python -m http.server --directory {out} 8000 চালান, তারপর http://127.0.0.1:8000/ খুলুন;"
        " লেখার সময় python build.py serve --content {content} চালিয়ে রাখলে প্রতিবার সংরক্ষণের পর সাইট আবার তৈরি হয়ে পাতাটি নিজে থেকে নতুন হবে",
    # --out refused
    "--out {out} is the folder you are in or one around it, which a build would replace: give the site a folder of its own, such as --out site":
        "--out {out} হলো আপনি যে ফোল্ডারে আছেন সেটি বা তার ওপরের কোনো ফোল্ডার, " + _OUT_AROUND,
    "--out {out} is your home folder or the root folder, which a build would replace: give the site a folder of its own, such as --out site":
        "--out {out} হলো আপনার হোম ফোল্ডার বা রুট ফোল্ডার, " + _OUT_AROUND,
    "--out {out} is a symbolic link to {target}, not a site this tool published, so it was left alone: point --out at a new or empty folder, or add --force to replace the link (what it points to is not touched)":
        "--out {out} হলো {target}-এর একটি সিম্বলিক লিংক, এই টুলের প্রকাশ করা কোনো সাইট নয়, তাই এতে হাত দেওয়া হয়নি:"
        " --out হিসেবে নতুন বা খালি কোনো ফোল্ডার দিন, অথবা লিংকটি বদলাতে --force যোগ করুন (লিংকটি যেখানে নির্দেশ করে সেখানে কিছু বদলানো হবে না)",
    "--out {out} is a folder with files this tool did not write (it has no Protishruti manifest.json), so it was left alone: point --out at a new or empty folder, or add --force to replace it (it is kept as the previous release until the next build)":
        "--out {out} ফোল্ডারে এমন ফাইল আছে যা এই টুল লেখেনি (এতে Protishruti-র manifest.json নেই), তাই এতে হাত দেওয়া হয়নি:"
        " --out হিসেবে নতুন বা খালি কোনো ফোল্ডার দিন, অথবা এটি বদলাতে --force যোগ করুন (পরের বার সাইট তৈরি পর্যন্ত এটি আগের রিলিজ হিসেবে রাখা থাকবে)",
    # a failed read or write
    "could not write the site: {reason}": "সাইটটি লেখা যায়নি: {reason}",
    "could not write {path}: {reason}": "{path} লেখা যায়নি: {reason}",
    "could not read {path}: {reason}": "{path} পড়া যায়নি: {reason}",
    "{said} (the new site was published in {out} before this happened)": "{said} (এটি ঘটার আগেই নতুন সাইটটি {out}-এ প্রকাশিত হয়েছিল)",
    "{path}: could not write: {reason}": "{path}: লেখা যায়নি: {reason}",
    # rollback
    "{out} now serves release {now} again; release {left} is deleted by the next build.":
        "{out} এখন আবার রিলিজ {now} দেখাচ্ছে; পরের বার সাইট তৈরির সময় রিলিজ {left} মুছে ফেলা হবে।",
    # new
    "A new record is written from the content as it is: fix these first.":
        "নতুন রেকর্ড বিষয়বস্তুর বর্তমান অবস্থা থেকে লেখা হয়: আগে এগুলো ঠিক করুন।",
    "{first} and {second}": "{first} ও {second}",
    "{options}: not for a charter (a charter version is dated by its document)":
        "{options}: সেবা প্রদান প্রতিশ্রুতির জন্য নয় (প্রতিশ্রুতির প্রতিটি সংস্করণের তারিখ তার দলিলেই লেখা থাকে)",
    "--quarter is for a report, not a {kind}": "--quarter কেবল ত্রৈমাসিক প্রতিবেদনের (report) জন্য, {kind}-এর জন্য নয়",
    "Wrote {path}: fill it in from the office's document (each field has a comment).":
        "{path} লেখা হয়েছে: দপ্তরের দলিল দেখে এটি পূরণ করুন (প্রতিটি ঘরের পাশে মন্তব্য দেওয়া আছে)।",
    "Wrote the editors' schemas into {folder}/ (its first line names its schema).":
        "এডিটরের জন্য স্কিমাগুলো {folder}/ ফোল্ডারে লেখা হয়েছে (ফাইলটির প্রথম লাইনে তার স্কিমার নাম আছে)।",
    "{content}: no problems found. Build with: python build.py build --content {content}":
        "{content}: কোনো সমস্যা পাওয়া যায়নি। সাইট তৈরি করুন: python build.py build --content {content}",
    "Still to fill in from the document before it builds: {n} place(s), listed above.":
        "সাইট তৈরির আগে দলিল দেখে আরও {n}টি জায়গা পূরণ করতে হবে, ওপরে তালিকা দেওয়া আছে।",
    # import
    "{path}: no such file": "{path}: এমন কোনো ফাইল নেই",
    "Records are imported into the content as it is: fix these first.":
        "রেকর্ড বিষয়বস্তুর বর্তমান অবস্থার মধ্যেই আনা (import) হয়: আগে এগুলো ঠিক করুন।",
    "--office {office}: no office has that slug (offices/<slug>/office.yaml); the offices are: {offices}":
        "--office {office}: এই slug-এর কোনো দপ্তর নেই (offices/<slug>/office.yaml); দপ্তরগুলো হলো: {offices}",
    "{n} problem(s) in {file}: nothing was written. Correct the file and import it again.":
        "{file}-এ {n}টি সমস্যা: কিছুই লেখা হয়নি। ফাইলটি ঠিক করে আবার import করুন।",
    "Wrote {path}": "{path} লেখা হয়েছে",
    "Wrote the editors' schemas into {folder}/ (each record's first line names its schema).":
        "এডিটরের জন্য স্কিমাগুলো {folder}/ ফোল্ডারে লেখা হয়েছে (প্রতিটি রেকর্ডের প্রথম লাইনে তার স্কিমার নাম আছে)।",
    # schema
    "{path}: could not write the schemas: {reason}": "{path}: স্কিমাগুলো লেখা যায়নি: {reason}",
    "Wrote {n} schemas into {out}/. For VS Code (YAML extension), copy the \"yaml.schemas\" entry of {settings} into .vscode/settings.json, or start a record file with '# yaml-language-server: $schema=<path to {out}>/report.schema.json'.":
        "{out}/ ফোল্ডারে {n}টি স্কিমা লেখা হয়েছে। VS Code-এর (YAML extension) জন্য {settings} ফাইলের \"yaml.schemas\" অংশটি"
        " .vscode/settings.json-এ কপি করুন, অথবা রেকর্ড ফাইলের শুরুতে লিখুন"
        " '# yaml-language-server: $schema=<path to {out}>/report.schema.json'।",
    # shards
    "{name}\t{pages} pages\t{roots}": "{name}\t{pages}টি পাতা\t{roots}",
    "(site pages)": "(সাইটের পাতা)",
    # serve.py: the terminal
    "The build failed: {error}": "সাইট তৈরি ব্যর্থ হয়েছে: {error}",
    "{n} problem: the last good site is still served. Fix it and save.":
        "{n}টি সমস্যা: আগের ঠিকঠাক সাইটটিই দেখানো হচ্ছে। সমস্যাটি ঠিক করে সংরক্ষণ করুন।",
    "{n} problems: the last good site is still served. Fix them and save.":
        "{n}টি সমস্যা: আগের ঠিকঠাক সাইটটিই দেখানো হচ্ছে। সমস্যাগুলো ঠিক করে সংরক্ষণ করুন।",
    "Nothing changed.": "কিছুই বদলায়নি।",
    "Built {pages} pages in {seconds:.2f} s; open pages reload.":
        "{seconds:.2f} সেকেন্ডে {pages}টি পাতা তৈরি হয়েছে; খোলা পাতাগুলো নতুন করে লোড হবে।",
    "No site to serve yet: fix the problems above and save; {out} is served once it builds.":
        "দেখানোর মতো সাইট এখনও নেই: ওপরের সমস্যাগুলো ঠিক করে সংরক্ষণ করুন; সাইট তৈরি হলেই {out} দেখানো হবে।",
    "Serving {out} at http://127.0.0.1:{port}/ — watching {content} and the layouts; Ctrl-C stops.":
        "{out} দেখানো হচ্ছে http://127.0.0.1:{port}/ ঠিকানায় — {content} ও লেআউটের পরিবর্তনের দিকে নজর রাখা হচ্ছে; থামাতে Ctrl-C চাপুন।",
    # serve.py: the browser
    "{n} problem in the content — the site is as it was; fix it and save to build it again": _OVERLAY,
    "{n} problems in the content — the site is as it was; fix them and save to build it again": _OVERLAY,
    "Preview": "প্রিভিউ",
    "The site is not built yet: fix the problems shown in the terminal and save.":
        "সাইটটি এখনও তৈরি হয়নি: টার্মিনালে দেখানো সমস্যাগুলো ঠিক করে সংরক্ষণ করুন।",

    # ================================================================ import, tables, new (imports.py, tables.py, scaffold.py)
    "{file}: {table}, row {row}, column {column}": "{file}: {table}, সারি {row}, কলাম {column}",
    "{file}: {table}, row {row}: {message}": "{file}: {table}, সারি {row}: {message}",
    "{cell}: converted from Bijoy (SutonnyMJ): {bijoy} → {unicode}": "{cell}: বিজয় (SutonnyMJ) থেকে ইউনিকোডে বদলানো হয়েছে: {bijoy} → {unicode}",
    "no row of this table starts an indicator with its id ([১.১.১] …): is it an action plan?": "এই সারণির কোনো সারি সূচকের আইডি ([১.১.১] …) দিয়ে শুরু হয়নি: এটি কি কর্মপরিকল্পনা?",
    "import does not know this column of an action plan (it reads {known}): rename its heading, or remove the column": "কর্মপরিকল্পনার এই কলামটি import চেনে না (চেনে {known}): কলামের শিরোনাম বদলান, অথবা কলামটি মুছুন",
    "which target level is this (অসাধারণ, অতিউত্তম, উত্তম, চলতি মান, চলতি মানের নিম্নে)? write it in the heading": "এটি লক্ষ্যমাত্রার কোন স্তর (অসাধারণ, অতিউত্তম, উত্তম, চলতি মান, চলতি মানের নিম্নে)? কলামের শিরোনামে লিখুন",
    "two columns read as {field} ('{first}' and '{second}'): keep one": "দুটি কলাম {field} হিসেবে পড়া যায় ('{first}' ও '{second}'): একটি রাখুন",
    "this table has no লক্ষ্যমাত্রা (target) column": "এই সারণিতে লক্ষ্যমাত্রার কোনো কলাম নেই",
    "two target columns have the same level: name each level in its heading": "লক্ষ্যমাত্রার দুটি কলামের স্তর একই: প্রতিটি কলামের শিরোনামে তার স্তর লিখুন",
    "this table has no {field} column": "এই সারণিতে {field} কলাম নেই",
    "the target columns skip a level: an action plan's levels run from অসাধারণ down, without gaps": "লক্ষ্যমাত্রার কলামে একটি স্তর বাদ পড়েছে: কর্মপরিকল্পনার স্তরগুলো অসাধারণ থেকে শুরু করে ফাঁক ছাড়া পরপর থাকে",
    "{file}: {table}, row {row}: a total row ({text}), not imported: the site adds the weights itself": "{file}: {table}, সারি {row}: মোটের সারি ({text}), আনা হয়নি: সাইট নিজেই মান যোগ করে",
    "this cell is merged with the one above: each indicator is one row; split the merged cell": "এই ঘরটি ওপরের ঘরের সঙ্গে একত্র (merge) করা: প্রতিটি সূচক এক সারিতে; একত্র করা ঘরটি আলাদা করুন",
    "the first indicator has no কার্যক্রমের ক্ষেত্র: write the area's name": "প্রথম সূচকের কার্যক্রমের ক্ষেত্র নেই: ক্ষেত্রের নাম লিখুন",
    "a মান without a কার্যক্রমের ক্ষেত্র beside it: write the area's name in this row, or merge the cells": "পাশে কার্যক্রমের ক্ষেত্র ছাড়া একটি মান: এই সারিতে ক্ষেত্রের নাম লিখুন, অথবা ঘরগুলো একত্র করুন",
    "this table has no কার্যক্রমের ক্ষেত্র column: an action plan's indicators are grouped in areas": "এই সারণিতে কার্যক্রমের ক্ষেত্রের কলাম নেই: কর্মপরিকল্পনার সূচকগুলো ক্ষেত্র অনুযায়ী সাজানো থাকে",
    "{text} does not start with the activity's id: write it as [১.১] followed by the name": "{text} কার্যক্রমের আইডি দিয়ে শুরু হয়নি: প্রথমে [১.১], তারপর নাম লিখুন",
    "the area's first indicator has no কার্যক্রম: write the activity ([১.১] and its name)": "ক্ষেত্রের প্রথম সূচকের কার্যক্রম নেই: কার্যক্রমটি লিখুন ([১.১] ও তার নাম)",
    "this row has no কর্মসম্পাদন সূচক: each row of the table is one indicator": "এই সারিতে কর্মসম্পাদন সূচক নেই: সারণির প্রতিটি সারি একটি সূচক",
    "{text} does not start with the indicator's id: write it as [১.১.১] followed by the name": "{text} সূচকের আইডি দিয়ে শুরু হয়নি: প্রথমে [১.১.১], তারপর নাম লিখুন",
    "import does not know this column of a {table} (it reads {known}): rename its heading, or remove the column": "{table}র এই কলামটি import চেনে না (চেনে {known}): কলামের শিরোনাম বদলান, অথবা কলামটি মুছুন",
    "two columns read as {field}: which one is where to get them (প্রাপ্তিস্থান)?": "দুটি কলাম {field} হিসেবে পড়া যায়: কোনটি প্রাপ্তিস্থান?",
    "more than two columns read as {field}: keep one, and one for প্রাপ্তিস্থান": "দুটির বেশি কলাম {field} হিসেবে পড়া যায়: একটি রাখুন, আর প্রাপ্তিস্থানের জন্য একটি",
    "more than two columns read as কার সঙ্গে যোগাযোগ করবেন: keep the officer and the address": "দুটির বেশি কলাম 'কার সঙ্গে যোগাযোগ করবেন' হিসেবে পড়া যায়: কর্মকর্তা ও ঠিকানার কলাম রাখুন",
    "{file}: {table} has no heading above it: its services are added to the table before it": "{file}: {table}-এর ওপরে কোনো শিরোনাম নেই: এর সেবাগুলো আগের সারণির সঙ্গে যোগ করা হয়েছে",
    "{file}: {table} has no heading above it: its services are written as নাগরিক সেবা (move them if the document says otherwise)": "{file}: {table}-এর ওপরে কোনো শিরোনাম নেই: এর সেবাগুলো নাগরিক সেবা হিসেবে লেখা হয়েছে (দলিলে অন্য কিছু বলা থাকলে সরিয়ে নিন)",
    "{cell}: a cell merged over several rows: its text is written in each row it spans": "{cell}: কয়েক সারি জুড়ে একত্র করা ঘর: যত সারি জুড়ে আছে, প্রতিটিতে এর লেখা বসানো হয়েছে",
    "this row has no সেবার নাম: each row is one service (if it goes on from the row above, merge the cells or move its text up)": "এই সারিতে সেবার নাম নেই: প্রতিটি সারি একটি সেবা (ওপরের সারিরই অংশ হলে ঘরগুলো একত্র করুন, অথবা লেখাটি ওপরের সারিতে নিন)",
    "{file}: {table}: the columns '{first}' and '{second}' are one contact, their cells on two lines": "{file}: {table}: '{first}' ও '{second}' কলাম দুটি মিলে একটি যোগাযোগ, তাদের ঘরের লেখা দুই লাইনে",
    "{file}: {table} was not read: its first rows are not the headings of a service, GRS or action-plan table": "{file}: {table} পড়া হয়নি: এর প্রথম সারিগুলো সেবা, জিআরএস বা কর্মপরিকল্পনার সারণির শিরোনাম নয়",
    "charter's service table": "সেবা প্রদান প্রতিশ্রুতির সেবার সারণি",
    "GRS table": "জিআরএস সারণি",
    "{file}: no table in it has the headings of a charter's service table (সেবার নাম …), a GRS table (কখন যোগাযোগ করবেন …) or an action plan (কর্মসম্পাদন সূচক …)": "{file}: এর কোনো সারণিতে সেবা প্রদান প্রতিশ্রুতির সেবার সারণি (সেবার নাম …), জিআরএস সারণি (কখন যোগাযোগ করবেন …) বা কর্মপরিকল্পনার (কর্মসম্পাদন সূচক …) শিরোনাম নেই",
    "{file} holds both a charter's tables and an action plan: import them from separate files": "{file}-এ সেবা প্রদান প্রতিশ্রুতির সারণি ও কর্মপরিকল্পনা দুটোই আছে: আলাদা ফাইল থেকে import করুন",
    "{file}: the file does not say which fiscal year it is: give --fiscal-year YYYY-YY": "{file}: ফাইলে কোন অর্থবছরের তা লেখা নেই: --fiscal-year YYYY-YY দিন",
    "{file}: the document's words name {named}; written as {given}, as --fiscal-year says": "{file}: দলিলের লেখায় {named} আছে; --fiscal-year অনুযায়ী {given} লেখা হয়েছে",
    "{file}: office {office} has the {year} action plan already ({path}): it is kept as it is, and only the report is taken from this file": "{file}: {office} দপ্তরের {year} অর্থবছরের কর্মপরিকল্পনা আগেই আছে ({path}): সেটি যেমন আছে তেমনই থাকবে, এই ফাইল থেকে শুধু প্রতিবেদনটি নেওয়া হবে",
    "{file}: the table has no মন্তব্য or অর্জন column, so it is the {year} action plan, which office {office} has already ({path})": "{file}: সারণিতে মন্তব্য বা অর্জনের কলাম নেই, তাই এটি {year} অর্থবছরের কর্মপরিকল্পনা, যা {office} দপ্তরের আগেই আছে ({path})",
    "{file}: the table has progress columns (মন্তব্য, অর্জন) but the file does not say which quarter: give --quarter N": "{file}: সারণিতে অগ্রগতির কলাম (মন্তব্য, অর্জন) আছে, কিন্তু ফাইলে কোন ত্রৈমাসিকের তা লেখা নেই: --quarter N দিন",
    "{path} exists already: import writes new records only; remove or rename it to import this file again": "{path} আগেই আছে: import শুধু নতুন রেকর্ড লেখে; এই ফাইলটি আবার import করতে সেটি মুছুন বা নাম বদলান",
    "{file}: import reads Word (.docx) and Excel (.xlsx) files; save a .doc or .xls file in the newer format first (File → Save As)": "{file}: import শুধু Word (.docx) ও Excel (.xlsx) ফাইল পড়ে; .doc বা .xls ফাইল আগে নতুন ফরম্যাটে সংরক্ষণ করুন (File → Save As)",
    "{path}: cannot read this file: {reason}": "{path}: ফাইলটি পড়া যাচ্ছে না: {reason}",
    "{file}: the file is {mb} MB; import reads files up to {limit} MB (remove pictures, or split it)": "{file}: ফাইলটি {mb} MB; import {limit} MB পর্যন্ত ফাইল পড়ে (ছবি সরান, অথবা ফাইলটি ভাগ করুন)",
    "{file}: this is not a Word or Excel file (or it is damaged): open it and save it again": "{file}: এটি Word বা Excel ফাইল নয় (অথবা নষ্ট হয়ে গেছে): ফাইলটি খুলে আবার সংরক্ষণ করুন",
    "{file}: the file unpacks to more than {limit} MB; import refuses it": "{file}: ফাইলটি খুললে {limit} MB-এর বেশি হয়; import এটি নেয় না",
    "{table} has {rows} rows; import reads up to {limit} per table": "{table}-এ {rows}টি সারি; import প্রতি সারণিতে {limit}টি পর্যন্ত সারি পড়ে",
    "{table} has more than {limit} columns; import reads up to {limit}": "{table}-এ {limit}টির বেশি কলাম; import {limit}টি পর্যন্ত কলাম পড়ে",
    "{table}, row {row}: a cell holds {chars} characters; import reads up to {limit}": "{table}, সারি {row}: একটি ঘরে {chars}টি অক্ষর; import {limit}টি পর্যন্ত পড়ে",
    "{file}: Word cannot be read ({error}): open it and save it again as .docx": "{file}: Word ফাইলটি পড়া যাচ্ছে না ({error}): খুলে আবার .docx হিসেবে সংরক্ষণ করুন",
    "table {n}": "সারণি {n}",
    "{file}: Excel cannot be read ({error}): open it and save it again as .xlsx": "{file}: Excel ফাইলটি পড়া যাচ্ছে না ({error}): খুলে আবার .xlsx হিসেবে সংরক্ষণ করুন",
    "sheet {n}": "শিট {n}",
    "{table} is {rows} rows by {columns} columns; import reads up to {max_rows} rows and {max_columns} columns": "{table}-এ {rows}টি সারি ও {columns}টি কলাম; import {max_rows}টি সারি ও {max_columns}টি কলাম পর্যন্ত পড়ে",
    "{table}, row {row}, column {column}: the cell is a formula whose result the file does not hold; open the file in Excel or LibreOffice and save it again": "{table}, সারি {row}, কলাম {column}: ঘরটি একটি সূত্র (formula), যার ফল ফাইলে সংরক্ষিত নেই; ফাইলটি Excel বা LibreOffice-এ খুলে আবার সংরক্ষণ করুন",
    "--office {slug}: no office has that slug (offices/<slug>/office.yaml); the offices are: {known}": "--office {slug}: এই slug-এর কোনো দপ্তর নেই (offices/<slug>/office.yaml); দপ্তরগুলো: {known}",
    "{path}: the file exists already; edit it, or remove it to start again": "{path}: ফাইলটি আগেই আছে; সেটিই সম্পাদনা করুন, অথবা নতুন করে শুরু করতে মুছে দিন",
    "--office {slug}: the office has no action plan yet: write one first (new plan --office {slug} --fiscal-year YYYY-YY)": "--office {slug}: দপ্তরটির এখনো কোনো কর্মপরিকল্পনা নেই: আগে একটি লিখুন (new plan --office {slug} --fiscal-year YYYY-YY)",
    "--fiscal-year {year}: office {slug} has no action plan for that year (its plans: {have}); a report lists the plan's indicators, so write the plan first": "--fiscal-year {year}: {slug} দপ্তরের ওই অর্থবছরের কোনো কর্মপরিকল্পনা নেই (আছে: {have}); প্রতিবেদনে কর্মপরিকল্পনার সূচকগুলো থাকে, তাই আগে কর্মপরিকল্পনা লিখুন",
    "office {slug} already has a report for {year} quarter {quarter}": "{slug} দপ্তরের {year} অর্থবছরের {quarter} নম্বর ত্রৈমাসিকের প্রতিবেদন আগেই আছে",
    "--fiscal-year YYYY-YY is needed: the office has no plan to follow from": "--fiscal-year YYYY-YY দিন: দপ্তরটির আগের কোনো কর্মপরিকল্পনা নেই, যার পরেরটি লেখা যায়",
    "office {slug} already has an action plan for {year}": "{slug} দপ্তরের {year} অর্থবছরের কর্মপরিকল্পনা আগেই আছে",

    # ================================================================ warnings (problems.py)
    "warning": "সতর্কতা",
    "… and {n} more: python build.py check --all-warnings lists every one.": "… আরও {n}টি: python build.py check --all-warnings সবগুলো দেখায়।",
    "{n} warning(s): allowed, but worth a second look against the document.": "{n}টি সতর্কতা: ভুল নয়, তবে দলিলের সঙ্গে আরেকবার মিলিয়ে দেখুন।",
}

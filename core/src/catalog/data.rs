//! The catalog's static tables, transcribed from IPA, *サイバーセキュリティ経営ガイドライン解説書 Ver 1.0*
//! (`shared/seed/csm-guideline-explanatory-book-v1.0.ja.txt`): the principles from 0-3, the important
//! items from table 0-1 and each chapter's 実施内容, the check items from 付録3. The integration test
//! `tests/suite/catalog_seed.rs` checks every Japanese string below against that text.
//!
//! Transcription rules (the Japanese is otherwise the seed's, character for character, typos included):
//!
//! - **Whitespace.** Line and page breaks inside a bullet are joined. The spaces the PDF extraction put
//!   between Japanese and ASCII letters or digits are dropped (`CISO 等` → `CISO等`, `IT システム` →
//!   `ITシステム`, `年に 1 回` → `年に1回`): the seed itself is inconsistent here (`CISO等` and `CISO 等`,
//!   `ITシステム` and `IT システム` both occur). The space in the heading reference `(8) 情報共有活動…` of
//!   `(4)-3` is kept, as the seed writes headings that way.
//! - **`CIS0` → `CISO`.** The seed often writes `CIS0` with a digit zero (chapter 2's 実施内容,
//!   `(9)-1`, `(9)-2`, `(9)-3`); the data says `CISO` throughout, and each corrected string is marked
//!   with a comment.
//! - **Sub-bullets.** A bullet with sub-bullets (`－ …` or `- …` under a `・` bullet, in `(2)-2`, `(2)-3`,
//!   `(3)-5`, `(4)-4`, `(6)-5`, `(9)-2`, `(9)-3`) is one point: the bullet's text followed by its
//!   sub-points numbered `①`, `②`, … and separated by `、` (no separator after a sub-point that already
//!   ends in `。`). The English mirrors this as `…: (a) …; (b) …`.
//! - **Continuation paragraphs.** An unbulleted line that follows a bullet belongs to it and is appended
//!   to it: the `例）…` example in `(1)-2` and the `なお、…を参照。` note in `(4)-3`.
//! - **Seed typos other than `CIS0`** (missing or wrong particles in `(3)-4`, `定期的を` in `(9)-4`, and
//!   probably `ツール` for `ルール` in `(9)-3`) are kept verbatim, marked `sic` in a comment, and translated
//!   as evidently intended (`ツール` literally, as "tools").
//! - **Important item titles** are table 0-1's. 付録3's heading for item 5 omits the table's first `、`
//!   (`系列企業やサプライチェーンの…`); the table is followed.
//!
//! English conventions: 経営者 is "top management", 経営層 "senior management", CISO等 "the CISO or
//! equivalent", 経営会議 "management meetings", 経営リスク "business risk"; British spelling.

use super::{CheckItem, ImportantItem, Principle};

/// The 3 principles of 0-3 サイバーセキュリティ経営の原則, in order.
pub(super) static PRINCIPLES: &[Principle] = &[
    Principle {
        number: 1,
        title_ja: "経営者は、IT活用を推進する中で、サイバーセキュリティリスクを認識し、リーダーシップによって対策を進めることが必要",
        title_en: "While promoting the use of IT, top management needs to recognise cybersecurity risk and drive countermeasures through its own leadership",
        short_ja: "経営者のリーダーシップ",
        short_en: "Executive leadership",
    },
    Principle {
        number: 2,
        title_ja: "自社は勿論のこと、系列企業やサプライチェーンのビジネスパートナー、ITシステム管理の委託先を含めたサイバーセキュリティ対策が必要",
        title_en: "Cybersecurity measures are needed not only within the company itself but also across its affiliated companies, its business partners in the supply chain and the contractors to which it outsources IT system management",
        short_ja: "サプライチェーンを含めた対策",
        short_en: "Including the supply chain",
    },
    Principle {
        number: 3,
        title_ja: "平時及び緊急時のいずれにおいても、サイバーセキュリティリスクや対策、対応に係る情報の開示など、関係者との適切なコミュニケーションが必要",
        title_en: "In normal times and in emergencies alike, appropriate communication with stakeholders is needed, including the disclosure of information on cybersecurity risks, countermeasures and incident response",
        short_ja: "関係者とのコミュニケーション",
        short_en: "Communication with stakeholders",
    },
];

/// The 10 important items (重要10項目) of table 0-1, in order, with each chapter's 実施内容.
pub(super) static IMPORTANT_ITEMS: &[ImportantItem] = &[
    ImportantItem {
        number: 1,
        title_ja: "サイバーセキュリティリスクの認識、組織全体での対応の策定",
        title_en: "Recognising cybersecurity risk and formulating an organisation-wide response",
        short_ja: "サイバーセキュリティ対応方針の策定",
        short_en: "Establishing a cybersecurity policy",
        principle: 1,
        actions_ja: &[
            "セキュリティポリシーを策定し、経営者に承認を得る。",
            "策定したセキュリティポリシーを組織の内外に示す。",
        ],
        actions_en: &[
            "Formulate a security policy and obtain top management's approval of it.",
            "Make the security policy known both inside and outside the organisation.",
        ],
    },
    ImportantItem {
        number: 2,
        title_ja: "サイバーセキュリティリスク管理体制の構築",
        title_en: "Building a cybersecurity risk management structure",
        short_ja: "リスク管理体制の構築",
        short_en: "Building a risk management structure",
        principle: 1,
        actions_ja: &[
            // seed: "CIS0" (digit zero), corrected to "CISO".
            "セキュリティポリシーに基づき、CISO等からなるサイバーセキュリティリスク管理体制を構築する。",
            // seed: "CIS0" (digit zero), corrected to "CISO".
            "サイバーセキュリティリスク管理体制においてCISO等や各関係者の責任を明確にする。",
            "組織内のリスク管理体制が既に存在する場合、サイバーセキュリティリスク管理体制との関係を明確に規定する。",
        ],
        actions_en: &[
            "Based on the security policy, build a cybersecurity risk management structure comprising the CISO or equivalent.",
            "Clarify the responsibilities of the CISO or equivalent and of each party involved in the cybersecurity risk management structure.",
            "Where the organisation already has a risk management structure, clearly define its relationship with the cybersecurity risk management structure.",
        ],
    },
    ImportantItem {
        number: 3,
        title_ja: "サイバーセキュリティリスクの把握と実現するセキュリティレベルを踏まえた目標と計画の策定",
        title_en: "Identifying cybersecurity risks and setting objectives and plans based on the security level to be achieved",
        short_ja: "リスクの把握、目標と対応計画策定",
        short_en: "Risk identification, objectives and response plans",
        principle: 1,
        actions_ja: &[
            "組織内に存在する資産の中で、守るべき資産を特定する。",
            "サイバー攻撃の脅威を識別する。",
            "サイバーセキュリティリスクが事業にいかなる影響があるかを推定し、リスクを把握する。",
            "サイバーセキュリティリスクの影響の度合いに応じた、リスクの低減、回避、移転等の目標や計画を策定する。また、サイバーセキュリティリスクの影響の度合いに従って対策しないと判断したものを残留リスクとする。",
        ],
        actions_en: &[
            "Identify, among the organisation's assets, those that must be protected.",
            "Identify the threats posed by cyberattacks.",
            "Estimate what impact cybersecurity risks would have on the business, and thereby understand the risks.",
            "Set objectives and plans for reducing, avoiding, transferring or otherwise treating cybersecurity risks according to the magnitude of their impact. Risks judged, given the magnitude of their impact, not to warrant countermeasures are treated as residual risks.",
        ],
    },
    ImportantItem {
        number: 4,
        title_ja: "サイバーセキュリティ対策フレームワーク構築（PDCA）と対策の開示",
        title_en: "Building a cybersecurity framework (PDCA) and disclosing the measures taken",
        short_ja: "PDCAサイクルの実施と対策の開示",
        short_en: "Running the PDCA cycle and disclosing measures",
        principle: 1,
        actions_ja: &[
            "組織内外の環境変化に応じた取組みを実施できるようPDCAを構築する。",
            "組織内のサイバーセキュリティ対策の状況を把握し、CISO等が経営者に対して定期的に報告する。また必要に応じて経営者が改善のための指示をする。",
            "ステークホルダーから信頼を得るために必要な情報を適切に開示する。",
        ],
        actions_en: &[
            "Build a PDCA cycle so that initiatives can respond to changes in the internal and external environment.",
            "Keep track of the status of cybersecurity measures within the organisation, with the CISO or equivalent reporting regularly to top management; top management gives instructions for improvement as necessary.",
            "Appropriately disclose the information needed to earn the trust of stakeholders.",
        ],
    },
    ImportantItem {
        number: 5,
        title_ja: "系列企業や、サプライチェーンのビジネスパートナーを含めたサイバーセキュリティ対策の実施及び状況把握",
        title_en: "Implementing cybersecurity measures, and keeping track of their status, across affiliated companies and business partners in the supply chain",
        short_ja: "系列企業・ビジネスパートナーの対策実施及び状況把握",
        short_en: "Measures and oversight at affiliates and business partners",
        principle: 2,
        actions_ja: &[
            "系列企業やサプライチェーンなどのビジネスパートナーを含めたサイバーセキュリティ対策を実施する。",
            "系列企業やサプライチェーンなどのビジネスパートナーにおけるサイバーセキュリティ対策の状況を、監査の実施等を通じて把握する。",
        ],
        actions_en: &[
            "Implement cybersecurity measures that extend to affiliated companies and to business partners such as those in the supply chain.",
            "Keep track, through audits and other means, of the status of cybersecurity measures at affiliated companies and at business partners such as those in the supply chain.",
        ],
    },
    ImportantItem {
        number: 6,
        title_ja: "サイバーセキュリティ対策のための資源（予算、人材等）確保",
        title_en: "Securing resources (budget, personnel, etc.) for cybersecurity measures",
        short_ja: "予算確保・人材配置及び育成",
        short_en: "Budget, staffing and talent development",
        principle: 1,
        actions_ja: &[
            "サイバーセキュリティ対策を実施するために必要な対策費用を確保する。",
            "サイバーセキュリティ対策を実施する上で必要となる人材の確保や人材育成の対策を講じる。",
        ],
        actions_en: &[
            "Secure the funding needed to implement cybersecurity measures.",
            "Take steps to secure and develop the personnel needed to implement cybersecurity measures.",
        ],
    },
    ImportantItem {
        number: 7,
        title_ja: "ITシステム管理の外部委託範囲の特定と当該委託先のサイバーセキュリティ確保",
        title_en: "Defining the scope of outsourced IT system management and ensuring the cybersecurity of the contractors concerned",
        short_ja: "ITシステム管理の外部委託",
        short_en: "Outsourcing of IT system management",
        principle: 2,
        actions_ja: &[
            "効率性などを考慮しITシステムの運用を外部に委託する部分を決定する。",
            "外部へ委託したITシステムの運用についても自組織が求めるサイバーセキュリティが確保できるよう確認する。",
        ],
        actions_en: &[
            "Decide, taking efficiency and other factors into account, which parts of IT system operation to outsource.",
            "Verify that the cybersecurity the organisation requires is also ensured for outsourced IT system operations.",
        ],
    },
    ImportantItem {
        number: 8,
        title_ja: "情報共有活動への参加を通じた攻撃情報の入手とその有効活用のための環境整備",
        title_en: "Obtaining attack information through participation in information-sharing activities, and building an environment to make effective use of it",
        short_ja: "情報収集と情報共有",
        short_en: "Information gathering and sharing",
        principle: 3,
        actions_ja: &[
            "サイバー攻撃の手法や脅威などの情報を収集し、インシデントが発生した場合を踏まえて、自社で有効活用するための環境を整備する。",
            "攻撃情報を収集するだけでなく、情報共有活動に参加し、自社の情報を積極的に提供する。",
        ],
        actions_en: &[
            "Gather information on cyberattack techniques, threats and the like and, with the possibility of an incident in mind, build an environment for putting that information to effective use within the company.",
            "Do not merely collect attack information: take part in information-sharing activities and actively contribute the company's own information.",
        ],
    },
    ImportantItem {
        number: 9,
        title_ja: "緊急時の対応体制（緊急連絡先や初動対応マニュアル、CSIRT）の整備、定期的かつ実践的な演習の実施",
        title_en: "Establishing an emergency response structure (emergency contacts, initial response manual, CSIRT) and conducting regular, practical exercises",
        short_ja: "緊急時対応体制の整備と演習の実施",
        short_en: "Emergency response structure and exercises",
        principle: 3,
        actions_ja: &[
            "緊急時のための対応体制（CSIRT等）を構築する。",
            "緊急連絡先や初動対応マニュアルを整備する。",
            "緊急時に適切に行動できるかどうかの確認を含めて、対応訓練や演習を実施する。",
        ],
        actions_en: &[
            "Build an emergency response structure (a CSIRT or similar).",
            "Prepare emergency contact lists and an initial response manual.",
            "Conduct response training and exercises, including checks on whether people can act appropriately in an emergency.",
        ],
    },
    ImportantItem {
        number: 10,
        title_ja: "被害発覚後の通知先や開示が必要な情報の把握、経営者による説明のための準備",
        title_en: "Identifying whom to notify and what information must be disclosed once damage is discovered, and preparing top management to give an account",
        short_ja: "被害発覚後の必要な情報の把握、開示体制の整備",
        short_en: "Post-incident information and disclosure readiness",
        principle: 3,
        actions_ja: &[
            "サイバー攻撃の被害発覚時に備え、通知や開示が必要な項目や、関係者やステークホルダー等の通知先を整理しておく。",
            "予め経営者への報告方法を取り決め、経営者が組織の内外に報告、説明できるように準備する。",
        ],
        actions_en: &[
            "In preparation for the discovery of damage from a cyberattack, organise in advance the matters that must be notified or disclosed and the parties to be notified, such as related parties and stakeholders.",
            "Agree in advance how matters are reported to top management, and prepare so that top management can report and give explanations inside and outside the organisation.",
        ],
    },
];

/// The 32 check items of 付録3, in order `(1)-1 … (10)-3`.
pub(super) static CHECK_ITEMS: &[CheckItem] = &[
    // (1) サイバーセキュリティリスクの認識、組織全体での対応の策定
    CheckItem {
        id: "(1)-1",
        item: 1,
        index: 1,
        title_ja: "経営者がサイバーセキュリティリスクを経営リスクの1つとして認識している",
        title_en: "Top management recognises cybersecurity risk as one of the organisation's business risks",
        guidance_ja: &[
            "セキュリティポリシーに、サイバーセキュリティリスクを経営リスクとして認識していること、及び経営者の関与と責任について記載している。",
            "経営会議や経営リスクに関する委員会等において、サイバーセキュリティリスクを検討している。",
        ],
        guidance_en: &[
            "The security policy states that cybersecurity risk is recognised as a business risk, and sets out top management's involvement and responsibility.",
            "Cybersecurity risk is discussed at management meetings, business-risk committees and similar bodies.",
        ],
        confirmation_ja: &[
            "サイバーセキュリティリスクに特化したセキュリティポリシーを新たに策定する場合には、サイバーセキュリティリスクを経営リスクとして認識していること、及び経営者の関与と責任に関する事項が記載されている。",
            "既存の「情報セキュリティポリシー」や「情報セキュリティの取り組みについて」等にサイバーセキュリティへの対策を追記する場合には、サイバーセキュリティリスクを経営リスクとして認識していること、及び経営者の関与と責任に関する事項が追記されている。",
            "経営会議や経営リスクに関する委員会等において、議事内容にサイバーセキュリティリスクや対応に関する事項があることを検証する。",
        ],
        confirmation_en: &[
            "Where a new security policy dedicated to cybersecurity risk is formulated, it states that cybersecurity risk is recognised as a business risk and covers top management's involvement and responsibility.",
            "Where cybersecurity measures are added to an existing document such as an “Information Security Policy” or a statement on “Our Approach to Information Security”, the additions state that cybersecurity risk is recognised as a business risk and cover top management's involvement and responsibility.",
            "Verify that the agendas of management meetings, business-risk committees and similar bodies include items on cybersecurity risk and the response to it.",
        ],
    },
    CheckItem {
        id: "(1)-2",
        item: 1,
        index: 2,
        title_ja: "経営者が、組織全体としてのサイバーセキュリティリスクを考慮した対応方針（セキュリティポリシー）を策定し、宣言している",
        title_en: "Top management has formulated and declared a response policy (security policy) that takes account of cybersecurity risk across the organisation as a whole",
        guidance_ja: &[
            "サイバーセキュリティリスクに対する対応方針（セキュリティポリシー）を策定していること、及びサイバーセキュリティリスクに対しては組織全体で対策することを記載している。",
            "策定したセキュリティポリシーを経営者が承認、周知している。",
            "策定したセキュリティポリシーのうち、必要な部分については、組織外にも宣言している。",
        ],
        guidance_en: &[
            "A response policy (security policy) for cybersecurity risk has been formulated, and it states that cybersecurity risk is to be addressed by the organisation as a whole.",
            "Top management has approved the security policy and made it known throughout the organisation.",
            "The necessary parts of the security policy have also been declared outside the organisation.",
        ],
        confirmation_ja: &[
            "サイバーセキュリティリスクに対する対応方針（セキュリティポリシー）を策定し、サイバーセキュリティリスクに対しては組織全体を対象に対策することを記載していることを確認する。",
            "策定したセキュリティポリシーが、経営者に承認されていることを確認する。",
            "策定したセキュリティポリシーが、組織全体に周知されていることを確認する。",
            "策定したセキュリティポリシーのうち、必要な部分について、組織外に宣言していることを確認する。例）組織外部への宣言については、自組織のホームページにセキュリティポリシーを掲載していることを確認する。",
        ],
        confirmation_en: &[
            "Confirm that a response policy (security policy) for cybersecurity risk has been formulated and that it states that measures against cybersecurity risk cover the organisation as a whole.",
            "Confirm that the security policy has been approved by top management.",
            "Confirm that the security policy has been made known throughout the organisation.",
            "Confirm that the necessary parts of the security policy have been declared outside the organisation. Example: for the external declaration, confirm that the security policy is published on the organisation's website.",
        ],
    },
    // (2) サイバーセキュリティリスク管理体制の構築
    CheckItem {
        id: "(2)-1",
        item: 2,
        index: 1,
        title_ja: "組織の対応方針（セキュリティポリシー）に基づき、CISO等からなるサイバーセキュリティリスク管理体制を構築している",
        title_en: "A cybersecurity risk management structure comprising the CISO or equivalent has been built on the basis of the organisation's response policy (security policy)",
        guidance_ja: &[
            "セキュリティポリシーに記載しているサイバーセキュリティリスク管理体制を構築している。",
            "セキュリティポリシーにサイバーセキュリティリスク管理体制とCISO等の役割について記載し、CISO等を任命している。",
        ],
        guidance_en: &[
            "The cybersecurity risk management structure described in the security policy has been built.",
            "The security policy describes the cybersecurity risk management structure and the role of the CISO or equivalent, and a CISO or equivalent has been appointed.",
        ],
        confirmation_ja: &[
            "セキュリティポリシーに記載されているサイバーセキュリティリスク管理体制に基づいて、その体制を実際に構築し、運営している体制が組織のセキュリティリスク管理を遂行していくために必要なリソース条件を満足していることを確認する。",
            "セキュリティポリシー等に記載されているサイバーセキュリティリスク管理体制の管理責任を負う責任者（CISO等）に対して、実際に定められた役割に従事していることを確認する。",
        ],
        confirmation_en: &[
            "Confirm that the structure actually built and operated on the basis of the cybersecurity risk management structure described in the security policy meets the resource requirements for carrying out the organisation's security risk management.",
            "Confirm that the officer bearing management responsibility for the cybersecurity risk management structure described in the security policy or related documents (the CISO or equivalent) is actually performing the defined role.",
        ],
    },
    CheckItem {
        id: "(2)-2",
        item: 2,
        index: 2,
        title_ja: "サイバーセキュリティリスク管理体制において、各関係者の責任を明確にしている",
        title_en: "The responsibilities of each party involved in the cybersecurity risk management structure have been clarified",
        guidance_ja: &[
            "セキュリティポリシー及び他の資料で、サイバーセキュリティリスク管理体制の関係者と責任を記載している。",
            "サイバーセキュリティリスク管理体制に記載している関係者について、各々の責任と役割などについて役割分担表などで文書化している。",
        ],
        guidance_en: &[
            "The security policy and other documents set out the parties involved in the cybersecurity risk management structure and their responsibilities.",
            "For each party named in the cybersecurity risk management structure, responsibilities, roles and the like are documented, for example in a table of roles and responsibilities.",
        ],
        confirmation_ja: &[
            "セキュリティポリシーや関連するスタンダード（対策基準）、プロシージャ（実施手順）、その他の内規等にサイバーセキュリティリスク管理体制の関係者（部門責任者や担当者、従業員など記載しているすべての役割）と責任（実施や管理及び確認など要求している内容）を記載していることを以下の要領で確認する。①セキュリティポリシーにおける記載事項の確認、②役割分担表で定められている役割と責任の網羅性に関する確認、③役割分担表における記載内容と現実との乖離がないことの確認",
        ],
        confirmation_en: &[
            "Confirm, as follows, that the security policy and the related standards (control standards), procedures (implementation procedures) and other internal rules set out the parties involved in the cybersecurity risk management structure (every role described, such as department heads, staff in charge and employees) and their responsibilities (what is required of them, such as implementation, management and checking): (a) check what the security policy states; (b) check that the roles and responsibilities defined in the table of roles and responsibilities are comprehensive; (c) check that there is no gap between what the table states and actual practice.",
        ],
    },
    CheckItem {
        id: "(2)-3",
        item: 2,
        index: 3,
        title_ja: "組織内のリスク管理体制とサイバーセキュリティリスク管理体制の関係を明確に規定している",
        title_en: "The relationship between the organisation's risk management structure and the cybersecurity risk management structure has been clearly defined",
        guidance_ja: &[
            "サイバーセキュリティリスク管理に関連する情報セキュリティ管理や個人情報保護管理等の管理体制が存在する場合には、その関連する部分及び相違点等を明確に規定している。",
        ],
        guidance_en: &[
            "Where management structures related to cybersecurity risk management already exist, such as for information security management or personal information protection, the overlapping parts and the differences have been clearly defined.",
        ],
        confirmation_ja: &[
            "対象となる資産、管理体制（担当者や管理者の重複等）、経営者の関与等について、既存のリスク管理体制と比較し、その違いを経営者や従業員と共有していることを以下の要領で確認する。①サイバーセキュリティリスク管理に関する役割分担表等による相違点の確認、②経営者や従業員への聞き取り調査",
        ],
        confirmation_en: &[
            "Confirm, as follows, that the existing risk management structure has been compared with the cybersecurity one in terms of the assets covered, the management structure (e.g. overlapping staff or managers), top management's involvement and the like, and that the differences have been shared with top management and employees: (a) check the differences using a table of roles and responsibilities for cybersecurity risk management or a similar document; (b) interview top management and employees.",
        ],
    },
    // (3) サイバーセキュリティリスクの把握と実現するセキュリティレベルを踏まえた目標と計画の策定
    CheckItem {
        id: "(3)-1",
        item: 3,
        index: 1,
        title_ja: "守るべき資産を特定している",
        title_en: "The assets to be protected have been identified",
        guidance_ja: &[
            "組織内すべての部門の保有する資産をリストアップし、守るべき資産を特定している。または、経営者やCISO等との合意の上、優先的に守るべき資産を特定している。",
        ],
        guidance_en: &[
            "The assets held by every department of the organisation have been listed and the assets to be protected identified; alternatively, the assets to be protected as a priority have been identified in agreement with top management and the CISO or equivalent.",
        ],
        confirmation_ja: &[
            "守るべき資産を特定するには、組織内で対象となる資産をリストアップし、そのリスト等の中から守るべき資産が特定されていることを確認する。",
            "優先度の検討において、経営者やCISO等の意向や方針が反映されていることを作業過程の資料等を通じて確認する。",
        ],
        confirmation_en: &[
            "Confirm that, to identify the assets to be protected, the relevant assets in the organisation have been listed and the assets to be protected have been identified from that list or similar.",
            "Confirm, through working papers and similar records, that the intentions and policies of top management and the CISO or equivalent are reflected in the prioritisation.",
        ],
    },
    CheckItem {
        id: "(3)-2",
        item: 3,
        index: 2,
        title_ja: "特定した守るべき資産に対するサイバー攻撃の脅威を識別し、経営戦略を踏まえたサイバーセキュリティリスクとして把握している",
        title_en: "The threats of cyberattack to the identified assets have been identified and understood as cybersecurity risks in the light of the business strategy",
        guidance_ja: &[
            "情報収集したサイバー攻撃の中から、特定した守るべき資産に対して、具体的なサイバー攻撃を想定した上で、その脅威を識別している。または、経営者やCISO等との合意の上、想定されるサイバー攻撃に関する脅威を識別している。（すべてのサイバー攻撃事例を網羅的に収集することは困難であるため、IPAが提供している脆弱性に関する情報源などを活用することで効率的に実施する。）",
            "識別した脅威は、経営戦略を踏まえたリスクとして把握している。",
        ],
        guidance_en: &[
            "From the cyberattack information gathered, the threats to the identified assets have been identified by envisaging specific cyberattacks against them; alternatively, the threats of anticipated cyberattacks have been identified in agreement with top management and the CISO or equivalent. (As collecting every cyberattack case exhaustively is difficult, this is done efficiently by drawing on sources such as the vulnerability information provided by IPA.)",
            "The identified threats are understood as risks in the light of the business strategy.",
        ],
        confirmation_ja: &[
            "守るべき資産とサイバー攻撃の対応については、CISO等が脅威を踏まえた上で対応関係を把握していることを確認する。また、必要に応じて外部の専門家などへの相談などにより、守るべき資産に対するサイバー攻撃の可能性についての検討が実施されていることを確認する。",
            "特定のサイバー攻撃の脅威や、最低限対応すべきサイバー攻撃などを特定するなど、優先度を考慮してサイバー攻撃を識別する場合には、組織全体を見渡した優先度の割当が必要であるため、経営者やCISO等との合意の上、優先的に対応すべきサイバー攻撃を識別する必要がある。この検討過程の記録等を確認する。",
            "サイバー攻撃による脅威が経営戦略を踏まえたリスクとして把握されていることを確認するため、経営会議や経営リスクに関する委員会等の議事内容にサイバー攻撃の脅威に関する事項があることを確認する。",
        ],
        confirmation_en: &[
            "Confirm that the CISO or equivalent, taking the threats into account, understands how cyberattacks relate to the assets to be protected. Also confirm that, where necessary, the likelihood of cyberattacks on those assets has been examined, for example by consulting external experts.",
            "Where cyberattacks are identified with priorities in mind (for example by singling out particular cyberattack threats or the minimum set of attacks that must be addressed), priorities must be assigned with a view across the whole organisation, so the attacks to be addressed first need to be identified in agreement with top management and the CISO or equivalent. Review the records of this deliberation.",
            "To confirm that cyberattack threats are understood as risks in the light of the business strategy, confirm that the agendas of management meetings, business-risk committees and similar bodies include items on cyberattack threats.",
        ],
    },
    CheckItem {
        id: "(3)-3",
        item: 3,
        index: 3,
        title_ja: "サイバーセキュリティリスクが事業にいかなる影響があるかを推定している",
        title_en: "The impact that cybersecurity risks would have on the business has been estimated",
        guidance_ja: &[
            "前述の（３）－１及び（３）－２の検討結果としてサイバーセキュリティリスクが事業にいかなる影響があるかを推定している。",
        ],
        guidance_en: &[
            "Building on the results of (3)-1 and (3)-2 above, the impact that cybersecurity risks would have on the business has been estimated.",
        ],
        confirmation_ja: &[
            "サイバーセキュリティリスクが及ぼす事業への影響については、CISO等と経営者が推定結果に合意していることを確認する。",
            "経営会議や経営リスクに関する委員会等の議事内容にサイバーセキュリティリスクが招く事業への影響の推定に関する事項があることを確認する。",
        ],
        confirmation_en: &[
            "Confirm that the CISO or equivalent and top management have agreed on the estimated impact of cybersecurity risks on the business.",
            "Confirm that the agendas of management meetings, business-risk committees and similar bodies include items on the estimated impact of cybersecurity risks on the business.",
        ],
    },
    CheckItem {
        id: "(3)-4",
        item: 3,
        index: 4,
        title_ja: "サイバーセキュリティリスクの影響の度合いに従って、低減、回避のための目標や計画を策定している",
        title_en: "Objectives and plans for reducing or avoiding cybersecurity risks have been set according to the magnitude of their impact",
        guidance_ja: &[
            "前述の（３）－１から（３）－３の検討結果をもとに、低減と回避の可能性について検討する。",
            // sic: 「下げること目標に」 (「を」 missing after こと), kept verbatim.
            "脅威の影響を低減する目標を設定した上で、対策を講じて脅威発生の可能性を下げること目標に到達するための計画を策定する。",
            // sic: 「脅威発生を要因を」 (for の要因) and 「変更すること目標として」 (「を」 missing), kept verbatim.
            "脅威の回避策として脅威発生を要因を除去することや全く別の方法に変更すること目標として設定し、目標に到達するための計画を策定する。",
        ],
        guidance_en: &[
            "Based on the results of (3)-1 to (3)-3 above, examine the scope for risk reduction and avoidance.",
            "Set objectives for reducing the impact of threats, and draw up plans to reach them by putting in place measures that lower the likelihood of the threats materialising.",
            "As a means of avoiding threats, set objectives such as eliminating the factors that give rise to them or switching to an entirely different method, and draw up plans to reach those objectives.",
        ],
        confirmation_ja: &[
            "脅威の影響に関する低減及び回避に関する目標と計画を策定し、CISO等が認識していることを確認する。",
        ],
        confirmation_en: &[
            "Confirm that objectives and plans for reducing and avoiding the impact of threats have been set and that the CISO or equivalent is aware of them.",
        ],
    },
    CheckItem {
        id: "(3)-5",
        item: 3,
        index: 5,
        title_ja: "低減策、回避策を取らないと判断したサイバーセキュリティリスクの移転策（サイバー保険の活用や守るべき資産について専門企業への委託等）を実施している",
        title_en: "Transfer measures (such as using cyber insurance, or entrusting the assets to be protected to specialist firms) are in place for cybersecurity risks judged not to warrant reduction or avoidance measures",
        guidance_ja: &[
            "前述の（３）－１から（３）－３の検討結果をもとに、残留リスクの移転策を検討している。",
            "残留リスクの移転に関する具体的な方法と移転先を以下の要領で実施している。①情報セキュリティに関連した保険商品（サイバー保険等）への加入、②自社で実施すると情報漏えい等のリスクが高いと判断される作業の、外部の専門企業への委託",
            "移転策について検討した結果、具体的な移転策は実施しないと判断した場合は、その検討過程等の記録を残す。",
        ],
        guidance_en: &[
            "Based on the results of (3)-1 to (3)-3 above, measures to transfer residual risk have been examined.",
            "Specific methods and counterparties for transferring residual risk have been put in place as follows: (a) taking out insurance products related to information security (cyber insurance, etc.); (b) outsourcing to external specialist firms work judged to carry a high risk of information leakage or similar if performed in-house.",
            "Where, after examination, it is decided not to implement any specific transfer measure, records of the deliberation process and the like are kept.",
        ],
        confirmation_ja: &["リスク移転の方法や移転先について、CISO等が合意していることを確認する。"],
        confirmation_en: &[
            "Confirm that the CISO or equivalent has agreed to the methods and counterparties of risk transfer.",
        ],
    },
    CheckItem {
        id: "(3)-6",
        item: 3,
        index: 6,
        title_ja: "サイバーセキュリティリスクの影響の度合いに従って対策を取らないと判断したものを残留リスクとして識別している",
        title_en: "Risks judged, given the magnitude of their impact, not to warrant countermeasures have been identified as residual risks",
        guidance_ja: &[
            "前述の(3)－1から(3)－3の検討結果をもとに、サイバーセキュリティリスクのうち、対策をとらずに残留リスクとして受容するものを識別する。",
            "残留リスクのうち、リスク発生可能性が低く、かつリスクが発生した場合の損害が小さいものについては、対策を取らず保有（受容）していることが共有されている。",
            "残留リスクのうち、「許容できるリスクのレベル」を超えているが、対策が困難等の理由により、そのまま保有せざるを得ないものについては、経営層が承認している。",
        ],
        guidance_en: &[
            "Based on the results of (3)-1 to (3)-3 above, identify which cybersecurity risks will be accepted as residual risks without countermeasures.",
            "It is shared within the organisation that residual risks with a low likelihood of occurring and small damage if they occur are retained (accepted) without countermeasures.",
            "Residual risks that exceed the “acceptable level of risk” but must nevertheless be retained as they are, because countermeasures are difficult or for similar reasons, have been approved by senior management.",
        ],
        confirmation_ja: &[
            "サイバーセキュリティリスクを残留リスクとして受容すると判断した根拠を含め、経営層やCISO等が合意していることを確認する。",
        ],
        confirmation_en: &[
            "Confirm that senior management and the CISO or equivalent have agreed to accept the cybersecurity risks concerned as residual risks, including the grounds for that judgement.",
        ],
    },
    // (4) サイバーセキュリティ対策フレームワーク構築（PDCA）と対策の開示
    CheckItem {
        id: "(4)-1",
        item: 4,
        index: 1,
        title_ja: "経営者が定期的に、サイバーセキュリティ対策状況の報告を受け、把握している",
        title_en: "Top management regularly receives reports on, and keeps track of, the status of cybersecurity measures",
        guidance_ja: &[
            "サイバーセキュリティ対策の計画に対する進捗状況については、年2回～4回を目安として経営者に報告する。",
            "新たなサイバー攻撃への対策状況や組織に発生している軽微なインシデントを含んだエスカレーションの確認など、個別のサイバーセキュリティ対策状況については、月に1回程度を目安として経営者に報告する。",
        ],
        guidance_en: &[
            "Progress against the cybersecurity plan is reported to top management roughly two to four times a year.",
            "The status of individual cybersecurity measures, such as measures against new cyberattacks and checks on escalations including minor incidents occurring in the organisation, is reported to top management roughly once a month.",
        ],
        confirmation_ja: &[
            "サイバーセキュリティ対策の計画に対する進捗状況については、経営会議や経営リスクに関する委員会等の議事内容にサイバーセキュリティ対策の計画に対する進捗状況の報告事項があることを確認する。",
            "個別のサイバーセキュリティ対策状況の報告については、内容に応じてメールや簡易レポート等で実施される場合もあるため、これらの内容を確認する。",
        ],
        confirmation_en: &[
            "For progress against the cybersecurity plan, confirm that the agendas of management meetings, business-risk committees and similar bodies include reports on that progress.",
            "Reports on the status of individual cybersecurity measures may, depending on their content, be made by email, brief reports or similar means; review their contents.",
        ],
    },
    CheckItem {
        id: "(4)-2",
        item: 4,
        index: 2,
        title_ja: "サイバーセキュリティにかかる外部監査を実施している",
        title_en: "External audits of cybersecurity are conducted",
        guidance_ja: &[
            "サイバーセキュリティにかかる外部監査としては、実施している対策内容を第三者の視点で監査及び検査している。",
            "第三者の視点での監査としては、例えば、情報セキュリティマネジメントシステム（ISMS）や個人情報保護に関する制度（PMS等）を対象とした情報セキュリティ監査等を含み、これらの監査は、年に1回程度を目安とする。",
            "第三者の視点での検査としては、例えば、脆弱性診断やペネトレーションテスト等の各種のセキュリティ診断を含み、これらの診断は、少なくとも年に1回以上を目安とする。",
            "上記の外部監査の実施が困難である場合、サイバーセキュリティリスク管理体制の担当者以外の者による内部監査を実施している。",
            "サイバーセキュリティリスクを経営課題のひとつとして捉え、監査役が統括する監査の対象にサイバーセキュリティリスク管理体制についての監査を含めている。",
        ],
        guidance_en: &[
            "As external cybersecurity audits, the measures in place are audited and inspected from a third-party perspective.",
            "Third-party audits include, for example, information security audits covering an information security management system (ISMS) or a personal information protection scheme (PMS, etc.); as a guide, such audits are conducted about once a year.",
            "Third-party inspections include, for example, security assessments of various kinds such as vulnerability assessments and penetration tests; as a guide, such assessments are conducted at least once a year.",
            "Where the above external audits are difficult to conduct, internal audits are carried out by persons other than the staff of the cybersecurity risk management structure.",
            "Cybersecurity risk is treated as one of the management issues, and the audits overseen by the corporate auditors (kansayaku) include an audit of the cybersecurity risk management structure.",
        ],
        confirmation_ja: &["サイバーセキュリティにかかる監査及び検査に関する報告書を確認する。"],
        confirmation_en: &["Review the reports on cybersecurity audits and inspections."],
    },
    CheckItem {
        id: "(4)-3",
        item: 4,
        index: 3,
        title_ja: "サイバーセキュリティリスクや脅威を適時見直し、環境変化に応じた取組体制（PDCA）を整備・維持している",
        title_en: "Cybersecurity risks and threats are reviewed in a timely manner, and a framework (PDCA) for responding to changes in the environment is established and maintained",
        guidance_ja: &[
            "経営者に対する定期的な対策状況の報告（サイバーセキュリティ対策の計画に対する進捗状況や個別のサイバーセキュリティ対策状況報告）に基づき、必要に応じて、新たなリスクや脅威に対する見直しを実施する。見直しの基準については、（３）－１～（３）－６を検討する。なお、新たなサイバーセキュリティリスクや脅威の情報収集については、「(8) 情報共有活動への参加を通じた攻撃情報の入手とその有効活用のための環境整備」を参照。",
        ],
        guidance_en: &[
            "Based on the regular reports to top management on the status of measures (progress against the cybersecurity plan and reports on individual cybersecurity measures), reviews addressing new risks and threats are carried out as necessary. For the review criteria, examine (3)-1 to (3)-6. For gathering information on new cybersecurity risks and threats, see “(8) Obtaining attack information through participation in information-sharing activities, and building an environment to make effective use of it”.",
        ],
        confirmation_ja: &[
            "サイバーセキュリティ対策に関する計画（Plan）、実行（Do）、確認（Check）、見直し（Act）のPDCAのサイクルを経営者及びCISO等が合意していることを確認する。",
            "経営会議や経営リスクに関する委員会等の議事内容にサイバーセキュリティ対策の計画に関する事項があることを確認する。",
            "さらに、サイバーセキュリティリスクや脅威に関する情報収集から見直しに至る過程で経営者及びCISO等が合意していることを確認する。",
        ],
        confirmation_en: &[
            "Confirm that top management and the CISO or equivalent have agreed on the PDCA cycle for cybersecurity measures: Plan, Do, Check and Act.",
            "Confirm that the agendas of management meetings, business-risk committees and similar bodies include items on the cybersecurity plan.",
            "Further, confirm that top management and the CISO or equivalent reach agreement throughout the process, from gathering information on cybersecurity risks and threats through to the review.",
        ],
    },
    CheckItem {
        id: "(4)-4",
        item: 4,
        index: 4,
        title_ja: "サイバーセキュリティリスクや取組状況を外部に公開している",
        title_en: "Cybersecurity risks and the organisation's initiatives are disclosed externally",
        guidance_ja: &[
            "以下のいずれかに、サイバーセキュリティリスクや取組状況に関して記載し、外部に公開する。①情報セキュリティ報告書、②CSR報告書、③サステナビリティレポート、④有価証券報告書、⑤その他",
        ],
        guidance_en: &[
            "Cybersecurity risks and initiatives are described in, and published externally through, one of the following: (a) an information security report; (b) a CSR report; (c) a sustainability report; (d) the annual securities report; (e) other documents.",
        ],
        confirmation_ja: &[
            "サイバーセキュリティリスクや取組状況に関し外部に公開している文書（情報セキュリティ報告書、CSR報告書、サステナビリティレポート、有価証券報告書、その他）の記載内容を確認する。また、必要に応じてサイバーセキュリティ対策の計画との相違を確認する。",
        ],
        confirmation_en: &[
            "Review what is stated about cybersecurity risks and initiatives in the documents published externally (information security report, CSR report, sustainability report, annual securities report, others). Where necessary, also check for discrepancies with the cybersecurity plan.",
        ],
    },
    // (5) 系列企業や、サプライチェーンのビジネスパートナーを含めたサイバーセキュリティ対策の実施及び状況把握
    CheckItem {
        id: "(5)-1",
        item: 5,
        index: 1,
        title_ja: "系列企業や、サプライチェーンのビジネスパートナーのサイバーセキュリティ対策状況（監査を含む）の報告を受け、把握している",
        title_en: "Reports on the status of cybersecurity measures (including audits) at affiliated companies and supply-chain business partners are received and understood",
        guidance_ja: &[
            "ビジネスパートナーに求めるサイバーセキュリティ対策に関する要求事項を作成し、ビジネスパートナーに提示している。",
            "サイバーセキュリティ対策を実施することについて契約書に記載している。",
            "ビジネスパートナーのサイバーセキュリティ対策の状況を報告もしくは確認（監査）する方法について、ビジネスパートナーと合意している。",
        ],
        guidance_en: &[
            "Requirements for the cybersecurity measures expected of business partners have been drawn up and presented to them.",
            "Contracts stipulate that cybersecurity measures are to be implemented.",
            "The method by which the status of business partners' cybersecurity measures is reported or checked (audited) has been agreed with the partners.",
        ],
        confirmation_ja: &[
            "ビジネスパートナーに求めるサイバーセキュリティ対策に関する要求事項に関する資料を確認し、ビジネスパートナーに提示されていることを確認する。",
            "ビジネスパートナーとの契約書に必要なサイバーセキュリティ対策を実施することが記載されていることを確認する。",
            "ビジネスパートナーにおけるサイバーセキュリティ対策状況を把握するための方法が契約書に記載されていることを確認する。",
        ],
        confirmation_en: &[
            "Review the documents setting out the cybersecurity requirements for business partners, and confirm that they have been presented to the partners.",
            "Confirm that contracts with business partners stipulate the implementation of the necessary cybersecurity measures.",
            "Confirm that contracts stipulate how the status of business partners' cybersecurity measures is to be ascertained.",
        ],
    },
    // (6) サイバーセキュリティ対策のための資源（予算、人材等）確保
    CheckItem {
        id: "(6)-1",
        item: 6,
        index: 1,
        title_ja: "必要なサイバーセキュリティ対策を明確にし、経営会議などで対策の内容に見合った適切な費用かどうかを評価し、必要な予算を確保している",
        title_en: "The necessary cybersecurity measures have been defined, management meetings or similar bodies have assessed whether their cost is appropriate to their content, and the necessary budget has been secured",
        guidance_ja: &[
            "サイバーセキュリティ対策の費用を経営会議や経営に関する委員会等で検討し、サイバーセキュリティ対策の計画に則った適切な費用であることを、経営者または権限を委譲されたCISO等が承認している。",
        ],
        guidance_en: &[
            "The cost of cybersecurity measures is examined at management meetings, management committees or similar bodies, and top management, or a CISO or equivalent with delegated authority, has approved it as an appropriate cost in line with the cybersecurity plan.",
        ],
        confirmation_ja: &[
            "サイバーセキュリティ対策の費用の妥当性を確認し、承認したことを確認するためには、経営会議や経営に関する委員会等の議事内容にサイバーセキュリティ対策の費用に関する事項があることを確認する。",
        ],
        confirmation_en: &[
            "To confirm that the cost of cybersecurity measures has been assessed as reasonable and approved, confirm that the agendas of management meetings, management committees or similar bodies include items on the cost of cybersecurity measures.",
        ],
    },
    CheckItem {
        id: "(6)-2",
        item: 6,
        index: 2,
        title_ja: "サイバーセキュリティ対策を実施できる人材を確保している（組織の内外問わず）",
        title_en: "Personnel capable of implementing cybersecurity measures have been secured (whether from inside or outside the organisation)",
        guidance_ja: &[
            "サイバーセキュリティ対策の計画に記載している低減策などを実施するために必要となる人材を確保する。",
            "サイバーセキュリティ対策の計画に記載している低減策などを自組織の人材で実施できない場合、もしくは自組織の人材で行うことが見合わない場合には、外部の専門家への依頼やサービスを利用している。",
        ],
        guidance_en: &[
            "Secure the personnel needed to implement the reduction measures and other actions set out in the cybersecurity plan.",
            "Where the reduction measures and other actions set out in the cybersecurity plan cannot be carried out by the organisation's own staff, or it would not be worthwhile to do so, external experts or services are used.",
        ],
        confirmation_ja: &[
            "計画しているサイバーセキュリティ対策の実施について自組織内の人材による対応の可否について検討した結果を確認する。",
            "上記の検討結果をCISO等が承認していることを確認する。",
            "組織内に人員計画がある場合には、その計画にサイバーセキュリティ対策に関する要員についての計画が含まれることを確認する。",
        ],
        confirmation_en: &[
            "Review the results of the assessment of whether the planned cybersecurity measures can be handled by the organisation's own staff.",
            "Confirm that the CISO or equivalent has approved the results of that assessment.",
            "Where the organisation has a staffing plan, confirm that it includes plans for the personnel needed for cybersecurity measures.",
        ],
    },
    CheckItem {
        id: "(6)-3",
        item: 6,
        index: 3,
        title_ja: "組織内でサイバーセキュリティ人材を育成している",
        title_en: "Cybersecurity personnel are developed within the organisation",
        guidance_ja: &[
            "組織内にサイバーセキュリティ分野を対象とする研修制度または外部の研修やセミナー等の奨励制度がある。",
            "組織内でサイバーセキュリティ対策に関連した研修計画、人材育成計画、人員計画、人事制度についての検討を実施している。",
        ],
        guidance_en: &[
            "The organisation has a training programme covering cybersecurity, or a scheme encouraging participation in external training, seminars and the like.",
            "The organisation has examined training plans, talent development plans, staffing plans and HR systems relating to cybersecurity measures.",
        ],
        confirmation_ja: &[
            "組織内のサイバーセキュリティ分野を対象とする研修制度、セミナー等の奨励制度を確認する。",
            "組織内に研修計画、人材育成計画がある場合には、それらの計画にサイバーセキュリティ対策に関する内容が含まれることを確認する。",
        ],
        confirmation_en: &[
            "Review the organisation's training programmes covering cybersecurity and its schemes encouraging participation in seminars and the like.",
            "Where the organisation has training plans or talent development plans, confirm that they include content on cybersecurity measures.",
        ],
    },
    CheckItem {
        id: "(6)-4",
        item: 6,
        index: 4,
        title_ja: "組織内のサイバーセキュリティ人材のキャリアパスを構築し、適正な処遇をしている",
        title_en: "Career paths for cybersecurity personnel have been established within the organisation, and such personnel are treated appropriately",
        guidance_ja: &[
            "自組織に合わせたサイバーセキュリティ人材のキャリアパスを作成し、人事評価制度とリンクさせている。",
            "セキュリティ関連業務を対象とした業績評価基準が定められ、人事評価制度ともリンクしている。",
        ],
        guidance_en: &[
            "Career paths for cybersecurity personnel, tailored to the organisation, have been created and linked to the personnel evaluation system.",
            "Performance evaluation criteria for security-related work have been defined and are also linked to the personnel evaluation system.",
        ],
        confirmation_ja: &[
            "サイバーセキュリティ人材のキャリアパスを示した文書と人事評価制度との関連を確認する。",
            "セキュリティ関連業務の業績評価の基準を示した文書と人事評価制度との関連を確認する。",
        ],
        confirmation_en: &[
            "Review the documents describing career paths for cybersecurity personnel and how they relate to the personnel evaluation system.",
            "Review the documents setting out performance evaluation criteria for security-related work and how they relate to the personnel evaluation system.",
        ],
    },
    CheckItem {
        id: "(6)-5",
        item: 6,
        index: 5,
        title_ja: "セキュリティ担当者以外も含めた従業員向けセキュリティ研修等を継続的に実施している",
        title_en: "Security training for employees, including those outside security roles, is conducted on an ongoing basis",
        guidance_ja: &[
            "セキュリティ担当者と従業員に対するサイバーセキュリティに関する研修計画があり、研修計画のとおり研修が実施されている。",
        ],
        guidance_en: &[
            "There is a cybersecurity training plan for security staff and other employees, and training is delivered as planned.",
        ],
        confirmation_ja: &[
            "以下の研修に関する成熟度に応じたいずれかの内容と記録を確認する。①定期的にサイバーセキュリティに関する研修を実施することを規定している（セキュリティポリシーや実施計画等）。②サイバーセキュリティに関する研修を実施し、実施記録を保管している。③定期的なサイバーセキュリティに関する研修を複数回実施し、研修内容の改良、見直しを行っている。④自社に想定される事例があった場合には、その事例やサイバーセキュリティ対策などの研修に盛り込んでいる。⑤従業員だけでなく役員、派遣社員等をサイバーセキュリティに関する研修の対象としている。",
        ],
        confirmation_en: &[
            "Review the content and records corresponding to whichever of the following levels of training maturity applies: (a) regular cybersecurity training is stipulated (in the security policy, an implementation plan or similar); (b) cybersecurity training has been conducted and records of it are kept; (c) regular cybersecurity training has been conducted several times and its content has been improved and revised; (d) where there are cases that could plausibly affect the company, those cases and the related cybersecurity measures are incorporated into the training; (e) cybersecurity training covers not only employees but also directors and officers, agency staff and others.",
        ],
    },
    // (7) ITシステム管理の外部委託範囲の特定と当該委託先のサイバーセキュリティ確保
    CheckItem {
        id: "(7)-1",
        item: 7,
        index: 1,
        title_ja: "ITシステムの管理等について、自組織で対応できる部分と外部に委託する部分で適切な切り分けをしている",
        title_en: "For the management of IT systems and the like, an appropriate division has been made between what the organisation can handle itself and what is outsourced",
        guidance_ja: &[
            "自組織で対応できる部分と外部に委託する部分の切り分けを明文化している。",
            "上記の明文化した内容をもとに外部委託の内容が定められている。",
        ],
        guidance_en: &[
            "The division between what the organisation can handle itself and what is outsourced has been documented.",
            "The scope of outsourcing is determined on the basis of that documentation.",
        ],
        confirmation_ja: &[
            "サイバーセキュリティリスクへの対応、具体的な対策のレベル、緊急時対応の項目に関する明文化内容と外部委託の契約書等を確認する（契約書の確認については、契約書に直接記載する場合と契約の特記事項など契約書にリンクされている場合があることから、包括的な確認を行う）。",
            "契約書以外の文書（例えば、仕様書や品質保証文書等）の確認については、その内容と明文化した内容に相違がないことを確認する。",
        ],
        confirmation_en: &[
            "Review the documented provisions on the response to cybersecurity risks, the specific level of measures and emergency response, together with the outsourcing contracts and related documents (review comprehensively, since such provisions may be written directly into a contract or set out in documents linked to it, such as special terms).",
            "For documents other than contracts (for example, specifications or quality assurance documents), confirm that their content is consistent with what has been documented.",
        ],
    },
    CheckItem {
        id: "(7)-2",
        item: 7,
        index: 2,
        title_ja: "委託先へのサイバー攻撃を想定し、委託先のサイバーセキュリティを確保している",
        title_en: "Cyberattacks on contractors have been anticipated, and the contractors' cybersecurity has been ensured",
        guidance_ja: &[
            "委託先に求めるサイバー攻撃への対策内容を明文化し、契約書等の文書を通じて要求している。",
            "外部に委託する部分に対する緊急時対応の項目を明文化している。",
            "上記の明文化した内容が外部委託の契約書に盛り込まれている。",
        ],
        guidance_en: &[
            "The measures against cyberattacks required of contractors have been documented and are required through contracts and similar documents.",
            "Emergency response provisions for the outsourced parts have been documented.",
            "The documented provisions above are incorporated into the outsourcing contracts.",
        ],
        confirmation_ja: &[
            "委託先に要求するサイバーセキュリティリスクへの対策、具体的な対策のレベル、緊急時対応の項目に関して契約書等で規定している内容を確認する。",
            "契約書の確認については、契約書に直接記載する場合と契約の特記事項など契約書にリンクされている場合があることから包括的な確認を行う。",
        ],
        confirmation_en: &[
            "Review what contracts and similar documents stipulate on the measures against cybersecurity risks, the specific level of measures and the emergency response required of contractors.",
            "Review contracts comprehensively, since the provisions may be written directly into a contract or set out in documents linked to it, such as special terms.",
        ],
    },
    // (8) 情報共有活動への参加を通じた攻撃情報の入手とその有効活用のための環境整備
    CheckItem {
        id: "(8)-1",
        item: 8,
        index: 1,
        title_ja: "各種団体が提供するサイバーセキュリティに関する注意喚起情報やコミュニティへの参加等を通じて情報共有を行い、自社の対策に活かしている",
        title_en: "Information is shared through cybersecurity alerts provided by various organisations, participation in communities and other means, and is put to use in the company's own measures",
        guidance_ja: &[
            "サイバーセキュリティに関する注意喚起情報等の情報源として有用な各種団体をリスト化している。",
            "注意喚起情報等を情報収集する担当者を定めている。",
            "注意喚起情報等の情報収集結果の社内での報告先を定め、定期報告する頻度を定めている。",
            "情報共有を行うコミュニティの参加先と担当者を定めている。",
            "コミュニティで情報共有等を行った結果の社内での報告先を定めている。",
        ],
        guidance_en: &[
            "Organisations that are useful sources of cybersecurity alerts and similar information have been listed.",
            "Staff responsible for gathering alerts and similar information have been designated.",
            "The internal recipients of the information gathered from alerts and the like have been designated, and the frequency of regular reports has been set.",
            "The communities in which to share information, and the staff who take part, have been designated.",
            "The internal recipients of the results of information sharing in communities have been designated.",
        ],
        confirmation_ja: &[
            "注意喚起情報等の情報源となる各種団体のリストを確認する。",
            "情報収集する担当者、情報収集結果の報告先、定期報告する頻度に関する実績が定められた内容と乖離していないかを確認する。",
            "情報共有を行うコミュニティの参加先、担当者、報告先として定められた内容と、実際のコミュニティでの活動状況を確認する。",
        ],
        confirmation_en: &[
            "Review the list of organisations that serve as sources of alerts and similar information.",
            "Check that actual practice regarding the staff responsible for gathering information, the recipients of the results and the frequency of regular reports does not deviate from what has been defined.",
            "Review what has been defined regarding the communities for information sharing, the participating staff and the recipients of reports, together with the actual activity in those communities.",
        ],
    },
    CheckItem {
        id: "(8)-2",
        item: 8,
        index: 2,
        title_ja: "マルウェア情報、不正アクセス情報、インシデントがあった場合に、IPAへの届出や一般社団法人JPCERTコーディネーションセンターへの情報提供、その他民間企業等が推進している情報共有の仕組みへの情報提供を実施している",
        title_en: "When malware information, unauthorised access information or incidents arise, reports are filed with IPA and information is provided to the JPCERT Coordination Center and to other information-sharing schemes run by private companies and others",
        guidance_ja: &[
            "マルウェア情報や不正アクセス情報を得たり、インシデントが発生したりした場合の報告先を整理した上で、それぞれの報告内容及びフォーマットへの対応について準備している。",
        ],
        guidance_en: &[
            "The recipients of reports in the event of obtaining malware or unauthorised access information, or of an incident occurring, have been organised, and preparations have been made to meet each recipient's reporting content and format.",
        ],
        confirmation_ja: &["報告先ごとの報告内容及びフォーマットへの対応についての準備状況や報告実績を確認する。"],
        confirmation_en: &[
            "Review, for each recipient, the state of preparation for its reporting content and format, and the record of reports made.",
        ],
    },
    // (9) 緊急時の対応体制（緊急連絡先や初動対応マニュアル、CSIRT）の整備、定期的かつ実践的な演習の実施
    CheckItem {
        id: "(9)-1",
        item: 9,
        index: 1,
        title_ja: "組織の内外における緊急連絡先・伝達ルートを整備している（緊急連絡先には、システム運用、Webサイト保守・運用、契約しているセキュリティベンダの連絡先含む）",
        title_en: "Emergency contacts and communication routes inside and outside the organisation have been established (the emergency contacts include those for system operations, website maintenance and operation, and contracted security vendors)",
        guidance_ja: &[
            "緊急事態の発生を想定し、組織の内外における緊急連絡先と伝達ルートを明文化している。",
            // seed: "CIS0" (digit zero), corrected to "CISO".
            "緊急連絡先と伝達ルートごとの連絡担当を定め、これらの担当者の割当てについてCISO等及び緊急時対応体制の責任者が承認している。",
            "緊急連絡先と伝達ルートを定期的に見直す頻度を定めている。",
        ],
        guidance_en: &[
            "With emergencies in mind, emergency contacts and communication routes inside and outside the organisation have been documented.",
            "A contact person has been assigned for each emergency contact and communication route, and these assignments have been approved by the CISO or equivalent and the head of the emergency response structure.",
            "The frequency of regular reviews of emergency contacts and communication routes has been set.",
        ],
        confirmation_ja: &[
            "緊急連絡先と伝達ルート及びその担当者を確認する。",
            "緊急連絡先と伝達ルート及びその担当者についての承認状況を確認する。",
            "緊急連絡先と伝達ルートに関する定期的な見直しの実施結果を確認する。",
        ],
        confirmation_en: &[
            "Review the emergency contacts and communication routes and the persons responsible for them.",
            "Check the approval status of the emergency contacts and communication routes and the persons responsible for them.",
            "Review the results of the regular reviews of emergency contacts and communication routes.",
        ],
    },
    CheckItem {
        id: "(9)-2",
        item: 9,
        index: 2,
        title_ja: "他の災害と同様に、サイバー攻撃の初動対応マニュアルを整備している",
        title_en: "As with other types of disaster, an initial response manual for cyberattacks has been prepared",
        guidance_ja: &[
            "他の自然災害の対策マニュアル等を参考に、サイバー攻撃の初動対応マニュアルを整備する。",
            "自組織で発生する可能性のあるサイバー攻撃について、攻撃がインシデントに至るまでのシナリオを想定する。",
            "JPCERT/CC等のインシデント対応マニュアルの作成に関する資料等を参考に、以下を定める。①インシデント対応する担当者や部門、②インシデント発生前に準備しておく内容、③インシデント対応フロー",
            // seed: "CIS0" (digit zero), corrected to "CISO".
            "初動対応マニュアルの内容をCISO等及び緊急時対応体制の責任者が承認している。",
            "初動対応マニュアルを定期的に見直す頻度を定めている。",
        ],
        guidance_en: &[
            "Prepare an initial response manual for cyberattacks, drawing on the response manuals for natural disasters and similar documents.",
            "For cyberattacks that could occur in the organisation, envisage scenarios of how an attack develops into an incident.",
            "With reference to materials on preparing incident response manuals from JPCERT/CC and others, define the following: (a) the staff and departments responsible for incident response; (b) what is to be prepared before an incident occurs; (c) the incident response flow.",
            "The content of the initial response manual has been approved by the CISO or equivalent and the head of the emergency response structure.",
            "The frequency of regular reviews of the initial response manual has been set.",
        ],
        confirmation_ja: &[
            "サイバー攻撃の初動対応マニュアルを確認する。",
            "自組織で発生する可能性のあるサイバー攻撃を想定したシナリオの内容を確認し、そのシナリオがサイバー攻撃の初動対応マニュアルに盛り込まれていることを確認する。",
            "初動対応マニュアルに「インシデント対応する担当者や部門」、「インシデント発生前に準備する内容」、「インシデント対応フロー」が盛り込まれていることを確認する。",
            "サイバー攻撃の初動対応マニュアルの内容についての承認状況を確認する。",
            "サイバー攻撃の初動対応マニュアルを定期的に見直す頻度及び見直しの実績について確認する。",
        ],
        confirmation_en: &[
            "Review the initial response manual for cyberattacks.",
            "Review the scenarios envisaging cyberattacks that could occur in the organisation, and confirm that they are incorporated into the initial response manual for cyberattacks.",
            "Confirm that the initial response manual covers “the staff and departments responsible for incident response”, “what is to be prepared before an incident occurs” and “the incident response flow”.",
            "Check the approval status of the content of the initial response manual for cyberattacks.",
            "Check the frequency set for regular reviews of the initial response manual for cyberattacks and the record of reviews carried out.",
        ],
    },
    CheckItem {
        id: "(9)-3",
        item: 9,
        index: 3,
        title_ja: "インシデント対応の専門チーム（CSIRT等）を設置している",
        title_en: "A dedicated incident response team (CSIRT or similar) has been established",
        guidance_ja: &[
            "サイバーインシデントに対応する専門のチーム（CSIRT等）を構築する。",
            "CSIRTなどサイバーインシデントに対応する専門のチームを構築することが困難な場合には、サイバーインシデントに対応するチーム（専門ではなく、他業務との兼任のチームやバーチャルなチーム）を構築し、サイバーインシデントに対応する機能を組織内に保持する。",
            "JPCERT/CC等のインシデント対応マニュアルの作成に関する資料等を参考に、サイバーインシデントに対応するチームについて以下を定める。①サイバーインシデントに対応するチームの役割と範囲、②サイバーインシデントに対応するチームの形態、③サイバーインシデントに対応するチームの要員、④サイバーインシデントに対応するチームの活動内容",
            "サイバーインシデントに対応するチームを組織内に周知し、必要に応じて組織外にも周知する。",
            // seed: "CIS0" (digit zero), corrected to "CISO".
            "サイバーインシデントに対応するチームの責任者を定め、サイバーインシデントに対応するチームの運営に関するルールやマニュアル等のドキュメントの内容をCISO等が承認している。",
            "サイバーインシデントに対応するチームに関するドキュメントを定期的に見直す期間を定めている。",
            "必要に応じて、被害の原因究明や被害状況の把握を行うための外部の専門家（コンピュータフォレンジックス等）へ依頼する体制となっている。",
        ],
        guidance_en: &[
            "Build a dedicated team to respond to cyber incidents (a CSIRT or similar).",
            "Where building a dedicated team such as a CSIRT is difficult, build a team to respond to cyber incidents that is not dedicated (a team whose members combine this with other duties, or a virtual team), so that the organisation retains a cyber-incident response capability.",
            "With reference to materials on preparing incident response manuals from JPCERT/CC and others, define the following for the cyber-incident response team: (a) its role and scope; (b) its form; (c) its members; (d) its activities.",
            "Make the cyber-incident response team known within the organisation and, where necessary, outside it.",
            "A head of the cyber-incident response team has been appointed, and the CISO or equivalent has approved the content of the rules, manuals and other documents governing the team's operation.",
            "The interval for regular reviews of the documents on the cyber-incident response team has been set.",
            "Arrangements are in place to call, where necessary, on external experts (in computer forensics, etc.) to investigate the causes and assess the extent of damage.",
        ],
        confirmation_ja: &[
            "サイバーインシデントに対応するチームの運営に関するルールやマニュアル等のドキュメントを確認する。",
            // sic: 「ツールやマニュアル等」 (perhaps meant ルール, cf. the previous point), kept verbatim and translated literally.
            "サイバーインシデントに対応するチームに関するツールやマニュアル等に「チームの役割と範囲」、「チームの形態」、「チームの要員」、「チームの活動内容」が盛り込まれていることを確認する。",
            "サイバーインシデントに対応するチームの責任者及びサイバーインシデントに対応するチームに関するドキュメント内容の承認を確認する。",
            "サイバーインシデントに対応するチームに関するドキュメントを定期的に見直す期間及び見直した結果を確認する。",
            "被害の原因究明や被害状況の把握を行うために外部の専門家に依頼する場合には、その依頼方法や依頼するために必要となる内容等を確認した結果を確認する。",
        ],
        confirmation_en: &[
            "Review the rules, manuals and other documents governing the operation of the cyber-incident response team.",
            "Confirm that the tools, manuals and similar materials for the cyber-incident response team cover “the team's role and scope”, “the team's form”, “the team's members” and “the team's activities”.",
            "Check the appointment of the head of the cyber-incident response team and the approval of the content of the team's documents.",
            "Check the interval set for regular reviews of the documents on the cyber-incident response team and the results of those reviews.",
            "Where external experts are to be engaged to investigate the causes and assess the extent of damage, review the results of checking how to engage them and what is needed to do so.",
        ],
    },
    CheckItem {
        id: "(9)-4",
        item: 9,
        index: 4,
        title_ja: "インシデント収束後の再発防止策の策定も含めて、定期的に対応訓練や演習を行っている",
        title_en: "Response training and exercises are conducted regularly, including the formulation of measures to prevent recurrence once an incident has been resolved",
        guidance_ja: &[
            // sic: 「定期的を実施する」 (for 定期的に), kept verbatim.
            "サイバーインシデントに関する対応訓練や演習を定期的を実施する。",
            // sic: 「定期的を実施する」 (for 定期的に), kept verbatim.
            "サイバーインシデントに関する対応訓練や演習を定期的を実施する期間を定めている。",
            "自組織で発生する可能性のあるサイバーインシデントを想定したシナリオの内容を確認し、そのシナリオに対応した対応訓練や演習を実施する。",
            "サイバーインシデントに関する対応訓練や演習では、インシデント収束後の再発防止策の検討も行い、再発防止策の策定や見直しが行われている。",
        ],
        guidance_en: &[
            "Conduct response training and exercises for cyber incidents regularly.",
            "The interval for regular response training and exercises for cyber incidents has been set.",
            "Review scenarios envisaging cyber incidents that could occur in the organisation, and conduct response training and exercises based on those scenarios.",
            "Response training and exercises for cyber incidents also examine measures to prevent recurrence once an incident has been resolved, and such measures are formulated and revised.",
        ],
        confirmation_ja: &[
            "サイバーインシデントに関する対応訓練や演習の実施を確認する。",
            "自組織で発生する可能性のあるサイバーインシデントを想定したシナリオの内容を確認し、そのシナリオが対応訓練や演習に盛り込まれていることを確認する。",
            "サイバーインシデントに関する対応訓練や演習では、サイバーインシデントに対応するチーム内で実施するもの、自組織内の複数の部門で実施するもの、経営者も含めて実施するものいずれかを含む。",
            // sic: 「定期的を実施する」 (for 定期的に), kept verbatim.
            "サイバーインシデントに関する対応訓練や演習を定期的を実施する期間を確認する。",
            "サイバーインシデントに関する対応訓練や演習の結果をもとにインシデント収束後の再発防止策の検討を行ったこと、及び再発防止策の策定や見直した結果を確認する。",
        ],
        confirmation_en: &[
            "Confirm that response training and exercises for cyber incidents are conducted.",
            "Review the scenarios envisaging cyber incidents that could occur in the organisation, and confirm that they are incorporated into the response training and exercises.",
            "Response training and exercises for cyber incidents include at least one of the following: exercises within the cyber-incident response team, exercises across several departments of the organisation, or exercises involving top management.",
            "Check the interval set for regular response training and exercises for cyber incidents.",
            "Confirm that measures to prevent recurrence once an incident has been resolved have been examined on the basis of the results of response training and exercises, and review the results of formulating and revising those measures.",
        ],
    },
    // (10) 被害発覚後の通知先や開示が必要な情報の把握、経営者による説明のための準備
    CheckItem {
        id: "(10)-1",
        item: 10,
        index: 1,
        title_ja: "組織外の報告先（ステークホルダーや所管官庁等を含む）をリスト化している",
        title_en: "External parties to be notified (including stakeholders and the competent authorities) have been listed",
        guidance_ja: &[
            "被害発覚後の対策を想定し、組織外の報告先をリスト化している。",
            "組織外の報告先のリスト化は、自組織で発生する可能性のある被害発生を想定したシナリオの内容を検討し、そのシナリオに基づいた報告先が盛り込まれている。",
            "組織外の報告先のリスト作成責任者を定め、リストの内容を緊急時対応体制の責任者が承認している。",
            "組織外の報告先のリストを定期的に見直す期間を定めている。",
            "犯罪に絡むインシデントに備え、管轄する警察署がリストに含まれている。",
        ],
        guidance_en: &[
            "With the response after damage is discovered in mind, external parties to be notified have been listed.",
            "The list of external parties to be notified is based on an examination of scenarios envisaging damage that could occur in the organisation, and includes the parties to be notified under those scenarios.",
            "A person responsible for preparing the list of external parties to be notified has been designated, and the content of the list has been approved by the head of the emergency response structure.",
            "The interval for regular reviews of the list of external parties to be notified has been set.",
            "In preparation for incidents involving crime, the list includes the police station with jurisdiction.",
        ],
        confirmation_ja: &[
            "組織外の報告先のリストを確認する。",
            "自組織で発生する可能性のある被害発生を想定したシナリオの内容を確認し、そのシナリオに基づいた報告先が盛り込まれていることを確認する。",
            "組織外の報告先のリストの作成責任者及びリスト内容の承認を確認する。",
            "組織外の報告先のリストを定期的に見直す期間及び見直した結果を確認する。",
        ],
        confirmation_en: &[
            "Review the list of external parties to be notified.",
            "Review the scenarios envisaging damage that could occur in the organisation, and confirm that the list includes the parties to be notified under those scenarios.",
            "Check who is responsible for preparing the list of external parties to be notified and the approval of its content.",
            "Check the interval set for regular reviews of the list of external parties to be notified and the results of those reviews.",
        ],
    },
    CheckItem {
        id: "(10)-2",
        item: 10,
        index: 2,
        title_ja: "開示・報告すべき情報を把握・整備している",
        title_en: "The information to be disclosed and reported has been identified and prepared",
        guidance_ja: &[
            "被害発覚後に開示・報告すべき情報については、報告フォーマットを定めている。",
            "必要に応じて、被害の原因究明や被害状況の把握を行うために外部の専門家に依頼する場合には、依頼した結果、どのような内容が報告されるのかを確認する。",
            "被害発覚後の検討には、自組織で発生する可能性のある被害発生を想定したシナリオの内容を検討し、そのシナリオに基づいて、報告フォーマットと報告・収集ルートが盛り込まれている。",
            "報告フォーマットと報告・収集ルートの作成責任者を定め、その内容を緊急時対応体制の責任者が承認している。",
            "報告フォーマットと報告・収集ルートを定期的に見直す期間を定めている。",
        ],
        guidance_en: &[
            "A reporting format has been defined for the information to be disclosed and reported once damage is discovered.",
            "Where external experts are engaged, as necessary, to investigate the causes and assess the extent of damage, check what they will report as a result of the engagement.",
            "Planning for the response after damage is discovered examines scenarios envisaging damage that could occur in the organisation and, on the basis of those scenarios, covers reporting formats and reporting and collection routes.",
            "A person responsible for preparing the reporting formats and the reporting and collection routes has been designated, and their content has been approved by the head of the emergency response structure.",
            "The interval for regular reviews of the reporting formats and the reporting and collection routes has been set.",
        ],
        confirmation_ja: &[
            "報告フォーマットを確認する。",
            "被害の原因究明や被害状況の把握を行うために外部の専門家に依頼する場合には、どのような内容が報告されるのかを確認した結果を確認する。",
            "自組織で発生する可能性のある被害発生を想定したシナリオの内容を確認し、そのシナリオに基づいた報告内容が報告フォーマットに盛り込まれていることを確認する。",
            "報告フォーマットの作成責任者及びその内容の承認を確認する。",
            "報告フォーマットを定期的に見直す期間及び見直した結果を確認する。",
        ],
        confirmation_en: &[
            "Review the reporting format.",
            "Where external experts are to be engaged to investigate the causes and assess the extent of damage, review the results of checking what they will report.",
            "Review the scenarios envisaging damage that could occur in the organisation, and confirm that the reporting format covers what is to be reported under those scenarios.",
            "Check who is responsible for preparing the reporting format and the approval of its content.",
            "Check the interval set for regular reviews of the reporting format and the results of those reviews.",
        ],
    },
    CheckItem {
        id: "(10)-3",
        item: 10,
        index: 3,
        title_ja: "経営者が、責任を持って組織の内外へ説明ができるように、経営者への報告ルート、公表すべき内容やタイミング等について事前に検討している",
        title_en: "So that top management can give a responsible account inside and outside the organisation, the reporting route to top management and what should be announced, and when, have been considered in advance",
        guidance_ja: &[
            "被害発覚後に開示・報告すべき情報を把握するための自組織内の報告ルートや報告ルールを明文化する。",
            "被害発覚後に経営者が、責任を持って組織の内外に説明、公表できる内容やタイミング等を検討する。",
            "被害発覚後の検討には、自組織で発生する可能性のある被害発生を想定したシナリオの内容を検討し、そのシナリオに基づいて、公表できる内容やタイミングを明文化する。",
            "報告ルートや報告ルールの作成責任者を定め、その内容を緊急時対応体制の責任者が承認している。",
            "報告ルートや報告ルールを定期的に見直す期間を定めている。",
        ],
        guidance_en: &[
            "Document the internal reporting routes and rules for gathering the information to be disclosed and reported once damage is discovered.",
            "Consider what top management can responsibly explain and announce inside and outside the organisation once damage is discovered, and when.",
            "Planning for the response after damage is discovered examines scenarios envisaging damage that could occur in the organisation and, on the basis of those scenarios, documents what can be announced and when.",
            "A person responsible for preparing the reporting routes and rules has been designated, and their content has been approved by the head of the emergency response structure.",
            "The interval for regular reviews of the reporting routes and rules has been set.",
        ],
        confirmation_ja: &[
            "報告ルートや報告ルールを明文化した内容を確認する。",
            "経営者が、責任を持って組織の内外に説明、公表できる内容やタイミング等を検討した結果を確認する。",
            "自組織で発生する可能性のある被害発生を想定したシナリオの内容を確認し、そのシナリオに基づいた報告ルートや報告ルールが盛り込まれていることを確認する。",
            "報告ルートや報告ルールの作成責任者及びその内容の承認を確認する。",
            "報告ルートや報告ルールを定期的に見直す期間及び見直した結果を確認する。",
        ],
        confirmation_en: &[
            "Review the documented reporting routes and rules.",
            "Review the results of considering what top management can responsibly explain and announce inside and outside the organisation, and when.",
            "Review the scenarios envisaging damage that could occur in the organisation, and confirm that the reporting routes and rules cover those scenarios.",
            "Check who is responsible for preparing the reporting routes and rules and the approval of their content.",
            "Check the interval set for regular reviews of the reporting routes and rules and the results of those reviews.",
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::{CHECK_ITEMS, IMPORTANT_ITEMS, PRINCIPLES};

    /// Check items per important item, as in 付録3.
    const PER_ITEM: [usize; 10] = [2, 3, 6, 4, 1, 5, 2, 2, 4, 3];

    /// Every string in the catalog, with a label saying where it is.
    fn all_texts() -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for p in PRINCIPLES {
            let at = format!("principle {}", p.number);
            for (field, text) in
                [("title_ja", p.title_ja), ("title_en", p.title_en), ("short_ja", p.short_ja), ("short_en", p.short_en)]
            {
                out.push((format!("{at} {field}"), text));
            }
        }
        for i in IMPORTANT_ITEMS {
            let at = format!("important item {}", i.number);
            for (field, text) in
                [("title_ja", i.title_ja), ("title_en", i.title_en), ("short_ja", i.short_ja), ("short_en", i.short_en)]
            {
                out.push((format!("{at} {field}"), text));
            }
            for (field, list) in [("actions_ja", i.actions_ja), ("actions_en", i.actions_en)] {
                for (k, text) in list.iter().enumerate() {
                    out.push((format!("{at} {field}[{k}]"), *text));
                }
            }
        }
        for c in CHECK_ITEMS {
            let at = format!("check item {}", c.id);
            out.push((format!("{at} id"), c.id));
            out.push((format!("{at} title_ja"), c.title_ja));
            out.push((format!("{at} title_en"), c.title_en));
            for (field, list) in [
                ("guidance_ja", c.guidance_ja),
                ("guidance_en", c.guidance_en),
                ("confirmation_ja", c.confirmation_ja),
                ("confirmation_en", c.confirmation_en),
            ] {
                for (k, text) in list.iter().enumerate() {
                    out.push((format!("{at} {field}[{k}]"), *text));
                }
            }
        }
        out
    }

    /// Parses `(n)-m` into `(n, m)`; `None` unless it is exactly that with no leading zeros.
    fn parse_id(id: &str) -> Option<(u8, u8)> {
        let rest = id.strip_prefix('(')?;
        let (n, m) = rest.split_once(")-")?;
        let number = |s: &str| -> Option<u8> {
            let ok = !s.is_empty() && !s.starts_with('0') && s.bytes().all(|b| b.is_ascii_digit());
            if ok { s.parse().ok() } else { None }
        };
        Some((number(n)?, number(m)?))
    }

    #[test]
    fn counts() {
        assert_eq!(PRINCIPLES.len(), 3);
        assert_eq!(IMPORTANT_ITEMS.len(), 10);
        assert_eq!(CHECK_ITEMS.len(), 32);
        assert_eq!(PER_ITEM.iter().sum::<usize>(), 32);
        for (k, &expected) in PER_ITEM.iter().enumerate() {
            let n = k + 1;
            let got = CHECK_ITEMS.iter().filter(|c| usize::from(c.item) == n).count();
            assert_eq!(got, expected, "check items of important item {n}");
        }
    }

    #[test]
    fn principles_and_important_items_are_numbered_in_order() {
        for (k, p) in PRINCIPLES.iter().enumerate() {
            assert_eq!(usize::from(p.number), k + 1, "principle at position {k}");
        }
        for (k, i) in IMPORTANT_ITEMS.iter().enumerate() {
            assert_eq!(usize::from(i.number), k + 1, "important item at position {k}");
        }
    }

    #[test]
    fn principle_mapping_is_the_documented_one() {
        let expected: [u8; 10] = [1, 1, 1, 1, 2, 1, 2, 3, 3, 3];
        for i in IMPORTANT_ITEMS {
            assert_eq!(
                Some(&i.principle),
                expected.get(usize::from(i.number) - 1),
                "principle of important item {}",
                i.number
            );
        }
    }

    #[test]
    fn check_item_ids_are_unique_well_formed_and_in_order() {
        let mut previous: Option<(u8, u8)> = None;
        for c in CHECK_ITEMS {
            let Some((n, m)) = parse_id(c.id) else {
                panic!("malformed check item id {:?}", c.id);
            };
            assert_eq!((c.item, c.index), (n, m), "item/index of {}", c.id);
            assert!((1..=10).contains(&n), "{}: item out of range", c.id);
            let expected = match previous {
                None => (1, 1),
                Some((pn, pm)) if usize::from(pm) == PER_ITEM[usize::from(pn) - 1] => (pn + 1, 1),
                Some((pn, pm)) => (pn, pm + 1),
            };
            assert_eq!((n, m), expected, "{} is out of order", c.id);
            previous = Some((n, m));
        }
        let mut ids: Vec<&str> = CHECK_ITEMS.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), CHECK_ITEMS.len(), "duplicate check item ids");
    }

    #[test]
    fn every_check_item_has_guidance_and_confirmation() {
        for c in CHECK_ITEMS {
            assert!(!c.guidance_ja.is_empty(), "{} has no 実施の目安", c.id);
            assert!(!c.confirmation_ja.is_empty(), "{} has no 実施の確認事項", c.id);
        }
    }

    #[test]
    fn every_important_item_has_actions() {
        for i in IMPORTANT_ITEMS {
            assert!(!i.actions_ja.is_empty(), "important item {} has no 実施内容", i.number);
        }
    }

    #[test]
    fn english_lists_match_japanese_lists_point_by_point() {
        for i in IMPORTANT_ITEMS {
            assert_eq!(i.actions_en.len(), i.actions_ja.len(), "important item {} actions", i.number);
        }
        for c in CHECK_ITEMS {
            assert_eq!(c.guidance_en.len(), c.guidance_ja.len(), "{} guidance", c.id);
            assert_eq!(c.confirmation_en.len(), c.confirmation_ja.len(), "{} confirmation", c.id);
        }
    }

    #[test]
    fn folded_sub_points_are_mirrored_in_english() {
        // A Japanese point with sub-points ①, ②, … has as many (a), (b), … in its English.
        let circled = |s: &str| s.chars().filter(|ch| ('①'..='⑳').contains(ch)).count();
        let lettered = |s: &str| (b'a'..=b'z').take_while(|&l| s.contains(&format!("({}) ", char::from(l)))).count();
        for c in CHECK_ITEMS {
            for (field, ja, en) in
                [("guidance", c.guidance_ja, c.guidance_en), ("confirmation", c.confirmation_ja, c.confirmation_en)]
            {
                for (k, (j, e)) in ja.iter().zip(en.iter()).enumerate() {
                    assert_eq!(circled(j), lettered(e), "{} {field}[{k}] sub-points", c.id);
                }
            }
        }
    }

    #[test]
    fn no_text_is_empty_or_padded() {
        for (at, text) in all_texts() {
            assert!(!text.is_empty(), "{at} is empty");
            assert_eq!(text.trim(), text, "{at} has leading or trailing whitespace");
            assert!(!text.contains('\n') && !text.contains('\t'), "{at} has a line break or tab");
            assert!(!text.contains("  "), "{at} has a double space");
        }
    }

    #[test]
    fn japanese_has_no_extraction_spaces() {
        // The PDF extraction's spaces between Japanese and ASCII letters or digits are dropped.
        for (at, text) in all_texts().into_iter().filter(|(at, _)| at.contains("_ja")) {
            let chars: Vec<char> = text.chars().collect();
            for w in chars.windows(3) {
                if w[1] != ' ' {
                    continue;
                }
                let (a, b) = (w[0], w[2]);
                let bad = (a.is_ascii_alphanumeric() && !b.is_ascii()) || (!a.is_ascii() && b.is_ascii_alphanumeric());
                assert!(!bad, "{at}: space between {a:?} and {b:?} in {text:?}");
            }
        }
    }

    #[test]
    fn no_cis0_typo() {
        for (at, text) in all_texts() {
            assert!(!text.contains("CIS0"), "{at} says CIS0 (digit zero) for CISO: {text:?}");
        }
    }
}

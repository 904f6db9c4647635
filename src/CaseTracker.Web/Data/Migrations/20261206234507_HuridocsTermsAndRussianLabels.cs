using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HuridocsTermsAndRussianLabels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A Russian label an admin has already written is kept: only empty ones are filled.
            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Другое' where id = '004aa24c-398c-4358-08c6-22de267bb721' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Кампания по дискредитации' where id = '083dd025-69de-fcd5-f206-7d72eaf4fc06' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Обжалование' where id = '0c6beb8c-0aea-6aa5-a7c4-8a6820e065a4' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Отклонено' where id = '0fb35f16-b7ad-6279-72e9-2a9db95f9727' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Запрет на выезд' where id = '194d4f72-ec2f-c28d-ca45-1cb63fa9aaf7' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Полиция' where id = '1d524569-dd01-7a8d-c3d9-4c9c57cb6854' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Угроза убийством' where id = '207b006f-db00-9887-1795-ab843df541a3' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Омбудсмен' where id = '2cb413a1-15cc-30b4-3093-fb4accaf4694' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Персонал места лишения свободы' where id = '2f292cb2-7618-2ce7-d68c-b971073ac27f' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Оставлено без рассмотрения' where id = '30285924-b141-d0fd-2aa0-81072ea2152f' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Прокуратура' where id = '34a1a15c-6314-9ee2-4c84-a0eeb64b53cb' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Жалоба' where id = '3ac91b21-e4f5-aeec-d236-b1f01e64ccb4' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Насильственное исчезновение' where id = '3cff462d-6795-e0fc-f99f-b6ce700dd1bc' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Национальный превентивный механизм' where id = '3dcfdf8f-7cb4-45d3-1eea-11212e520aba' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Пытки или жестокое обращение' where id = '3f779e11-fc05-3909-d9cc-e5b554f5291c' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Военные' where id = '47894939-baf7-9d48-8314-9153a5eafa04' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Отказ в доступе к адвокату' where id = '484846b4-6ceb-8d76-99f7-df8d6f42e48c' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Прокуратура' where id = '49567ff9-c7f6-55ed-14e5-aa0065753979' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Убийство' where id = '4b5bc3f4-4459-5c73-a409-6cbc20eeb027' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Частично удовлетворено' where id = '506b05ce-4389-9c7b-9d2c-e60960d6316b' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Механизм ООН' where id = '530aa9ee-0e20-c10d-b06e-725157a82b32' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Государственный служащий' where id = '57b2b717-dfdd-fbb6-22b6-8e883c71e27e' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Обыск или рейд' where id = '57bd7bc0-a9f0-2a59-d1f6-6c14df61ea0e' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Негосударственный субъект' where id = '5e2b992e-9c2f-b84a-8248-23726b052e1b' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Министерство' where id = '6314a2c0-1c6a-c714-3f96-5b90947de9d2' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Отказано в проверке' where id = '631f50dc-7e0b-1fc3-ccab-51d372d815e9' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Ходатайство' where id = '64899556-d902-7d5e-ed27-f260d8c054e8' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Перенаправлено' where id = '690bfa1c-0a00-47ef-22c1-8ff2b0d589bc' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Парламент' where id = '6dbe1052-563b-1346-3bdf-d7033925272a' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Решение ожидается' where id = '6fee044a-7006-ada5-acbd-f6e907c6c9cd' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Произвольное задержание' where id = '7142e806-6b4d-8994-afd1-15d30ff74496' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Начата проверка' where id = '7d2bc326-3caf-85a7-bfc5-5a27d0235eb1' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Суд' where id = '7eaf3820-2523-9b66-10cc-50141349ac98' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Сообщение в ООН' where id = '88119757-c76a-331a-898d-44989a70f71c' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Полиция' where id = '8863d1f3-672e-2c33-f099-c5247df907bd' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Принуждение к даче показаний' where id = '8d04ee3e-0feb-b619-460e-deeb713437c2' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Проведено заседание' where id = 'a07694b3-e8a1-555d-469a-475d27d82c39' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Неизвестно' where id = 'a4e716e2-1a19-c30e-e0b1-d59800fdd56c' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Отказ в медицинской помощи' where id = 'ac0deadc-e069-9418-fe15-6fd3cdd225a2' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Преследование через суд' where id = 'b3346881-3f27-243d-37dc-429e0555935a' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Петиция' where id = 'b576f1a2-46d7-2ef1-655a-a9683d5c535f' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Иск' where id = 'bb3d13c7-6749-5e09-3ddd-e99826e0b2c5' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Слежка' where id = 'c11c9dd7-bead-e32a-2088-4a6de2c76881' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Глава государства' where id = 'c7bc5ef6-cd79-7d02-3f1b-f56bf68e3b7a' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Суд' where id = 'cbae2386-622c-9c24-0b76-d03c4da52297' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Удовлетворено' where id = 'ce5aac2b-a4dc-99f2-021e-2457d3088adb' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Другое' where id = 'dab7236e-2e46-45a9-169d-92e3dce3dde3' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Спецслужба' where id = 'dc8662d5-922c-3d53-6788-793d446d914f' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Другое событие' where id = 'de4a2be4-1eec-a3ed-ebd7-f32e42334742' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Получение подтверждено' where id = 'ef752c21-dc52-7f61-2164-f76a362ce273' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Угрозы или запугивание' where id = 'f0b1dd7f-4468-c4e2-59d7-70aaaee7273c' and label_ru is null;");

            migrationBuilder.Sql("update vocabulary_terms set label_ru = 'Спецслужба' where id = 'f645c07e-3b8b-c76e-5cab-3ea291594c86' and label_ru is null;");

            // A term an admin already added under the same code is kept as it is.
            migrationBuilder.Sql("""
                insert into vocabulary_terms (id, code, default_reply_days, is_active, is_proposed, label, label_ru, sort_order, vocabulary) values
                ('12949d7c-3f06-24b9-f657-fe32be6358dc', 'investigative_committee', 30, true, false, 'Investigative committee', 'Следственный комитет', 341, 'InstitutionType'),
                ('161a8afa-8475-c381-7105-fd5d992a11c4', 'international_organisation', 60, true, false, 'International organisation', 'Международная организация', 345, 'InstitutionType'),
                ('3a98751d-e848-3953-6036-fe9250267ed6', 'regional_human_rights_body', 60, true, false, 'Regional human rights body', 'Региональный правозащитный орган', 344, 'InstitutionType'),
                ('46c7c2b5-b2ca-ca58-cc68-0dda3301ea50', 'request_for_information', null, true, false, 'Request for information', 'Запрос информации', 412, 'ComplaintKind'),
                ('47f37e72-5525-ff1a-4c48-86f55835fd1b', 'criminal_case_refused', null, true, false, 'Refused to open a criminal case', 'Отказано в возбуждении уголовного дела', 511, 'ResponseOutcome'),
                ('6063e051-0396-8930-fdfd-1c284a4f8598', 'paramilitary', null, true, false, 'Paramilitary or militia', 'Военизированные формирования', 231, 'PerpetratorType'),
                ('7abddc33-a7ac-ef27-f331-524d7a7e61f0', 'expulsion_deportation', null, true, false, 'Expulsion or deportation', 'Высылка или депортация', 149, 'IncidentType'),
                ('91aafd33-ff68-a571-569b-2dd8eccf400d', 'not_competent', null, true, false, 'Declared itself not competent', 'Заявлено об отсутствии полномочий', 513, 'ResponseOutcome'),
                ('a3ea4a9f-8886-6078-8c83-cd3ef7ea62e2', 'property_destruction', null, true, false, 'Destruction or seizure of property', 'Уничтожение или изъятие имущества', 147, 'IncidentType'),
                ('b5239579-bcbe-74b3-6a1b-d972e5d3ca0c', 'urgent_appeal', null, true, false, 'Urgent appeal', 'Срочное обращение', 411, 'ComplaintKind'),
                ('b6a0a55a-ed72-bb34-2b65-cb86e85259b2', 'physical_assault', null, true, false, 'Physical assault', 'Нападение, избиение', 142, 'IncidentType'),
                ('bae907f2-ca3c-d4c8-9c4b-3f7d3efa11dc', 'local_authority', 30, true, false, 'Local authority', 'Местная администрация', 343, 'InstitutionType'),
                ('bde69369-3eee-178e-2461-9f5af6cf0784', 'information_requested', null, true, false, 'Asked for more information', 'Запрошена дополнительная информация', 512, 'ResponseOutcome'),
                ('d73072ee-d5a7-8b8f-1708-a5bfc52129a5', 'open_letter', null, true, false, 'Open letter', 'Открытое письмо', 413, 'ComplaintKind'),
                ('d9ef7f3c-734a-21d9-e985-07ac74d60214', 'attempted_killing', null, true, false, 'Attempted killing', 'Покушение на убийство', 141, 'IncidentType'),
                ('e0158211-27ed-db15-4e4c-7d17dc8cc6cb', 'abduction', null, true, false, 'Abduction', 'Похищение', 144, 'IncidentType'),
                ('e3dd4371-bd0d-069b-ed59-3e32361d2bdb', 'detention_facility', 30, true, false, 'Detention facility', 'Место лишения свободы', 342, 'InstitutionType'),
                ('ea6a0c82-e8f7-1036-886e-8f2142a09942', 'unidentified', null, true, false, 'Unidentified persons', 'Неустановленные лица', 233, 'PerpetratorType'),
                ('f5808fcc-62dd-ab17-5cec-16cb0cac277a', 'unfair_trial', null, true, false, 'Denial of fair trial', 'Нарушение права на справедливый суд', 146, 'IncidentType'),
                ('f5f3d6ee-1287-2d12-d794-5ad0274d11af', 'medical_staff', null, true, false, 'Medical staff', 'Медицинский персонал', 232, 'PerpetratorType'),
                ('f9a0646a-defb-e330-d0b3-d0e390ceb695', 'incommunicado_detention', null, true, false, 'Incommunicado detention', 'Содержание без связи с внешним миром', 145, 'IncidentType'),
                ('fc86bd49-c85d-008a-64ca-8d6f6f4058fc', 'sexual_violence', null, true, false, 'Rape or sexual violence', 'Изнасилование или сексуальное насилие', 143, 'IncidentType'),
                ('fd49f63f-4b67-3d91-5945-c87dad007b37', 'dismissal_from_work', null, true, false, 'Dismissal from work', 'Увольнение с работы', 148, 'IncidentType')
                on conflict (vocabulary, code) do nothing;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("12949d7c-3f06-24b9-f657-fe32be6358dc"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("161a8afa-8475-c381-7105-fd5d992a11c4"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("3a98751d-e848-3953-6036-fe9250267ed6"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("46c7c2b5-b2ca-ca58-cc68-0dda3301ea50"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("47f37e72-5525-ff1a-4c48-86f55835fd1b"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("6063e051-0396-8930-fdfd-1c284a4f8598"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("7abddc33-a7ac-ef27-f331-524d7a7e61f0"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("91aafd33-ff68-a571-569b-2dd8eccf400d"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("a3ea4a9f-8886-6078-8c83-cd3ef7ea62e2"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("b5239579-bcbe-74b3-6a1b-d972e5d3ca0c"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("b6a0a55a-ed72-bb34-2b65-cb86e85259b2"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("bae907f2-ca3c-d4c8-9c4b-3f7d3efa11dc"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("bde69369-3eee-178e-2461-9f5af6cf0784"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("d73072ee-d5a7-8b8f-1708-a5bfc52129a5"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("d9ef7f3c-734a-21d9-e985-07ac74d60214"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("e0158211-27ed-db15-4e4c-7d17dc8cc6cb"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("e3dd4371-bd0d-069b-ed59-3e32361d2bdb"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("ea6a0c82-e8f7-1036-886e-8f2142a09942"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("f5808fcc-62dd-ab17-5cec-16cb0cac277a"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("f5f3d6ee-1287-2d12-d794-5ad0274d11af"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("f9a0646a-defb-e330-d0b3-d0e390ceb695"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("fc86bd49-c85d-008a-64ca-8d6f6f4058fc"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("fd49f63f-4b67-3d91-5945-c87dad007b37"));

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("004aa24c-398c-4358-08c6-22de267bb721"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("083dd025-69de-fcd5-f206-7d72eaf4fc06"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("0c6beb8c-0aea-6aa5-a7c4-8a6820e065a4"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("0fb35f16-b7ad-6279-72e9-2a9db95f9727"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("194d4f72-ec2f-c28d-ca45-1cb63fa9aaf7"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("1d524569-dd01-7a8d-c3d9-4c9c57cb6854"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("207b006f-db00-9887-1795-ab843df541a3"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("2cb413a1-15cc-30b4-3093-fb4accaf4694"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("2f292cb2-7618-2ce7-d68c-b971073ac27f"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("30285924-b141-d0fd-2aa0-81072ea2152f"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("34a1a15c-6314-9ee2-4c84-a0eeb64b53cb"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("3ac91b21-e4f5-aeec-d236-b1f01e64ccb4"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("3cff462d-6795-e0fc-f99f-b6ce700dd1bc"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("3dcfdf8f-7cb4-45d3-1eea-11212e520aba"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("3f779e11-fc05-3909-d9cc-e5b554f5291c"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("47894939-baf7-9d48-8314-9153a5eafa04"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("484846b4-6ceb-8d76-99f7-df8d6f42e48c"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("49567ff9-c7f6-55ed-14e5-aa0065753979"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("4b5bc3f4-4459-5c73-a409-6cbc20eeb027"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("506b05ce-4389-9c7b-9d2c-e60960d6316b"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("530aa9ee-0e20-c10d-b06e-725157a82b32"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("57b2b717-dfdd-fbb6-22b6-8e883c71e27e"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("57bd7bc0-a9f0-2a59-d1f6-6c14df61ea0e"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("5e2b992e-9c2f-b84a-8248-23726b052e1b"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("6314a2c0-1c6a-c714-3f96-5b90947de9d2"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("631f50dc-7e0b-1fc3-ccab-51d372d815e9"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("64899556-d902-7d5e-ed27-f260d8c054e8"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("690bfa1c-0a00-47ef-22c1-8ff2b0d589bc"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("6dbe1052-563b-1346-3bdf-d7033925272a"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("6fee044a-7006-ada5-acbd-f6e907c6c9cd"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("7142e806-6b4d-8994-afd1-15d30ff74496"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("7d2bc326-3caf-85a7-bfc5-5a27d0235eb1"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("7eaf3820-2523-9b66-10cc-50141349ac98"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("88119757-c76a-331a-898d-44989a70f71c"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("8863d1f3-672e-2c33-f099-c5247df907bd"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("8d04ee3e-0feb-b619-460e-deeb713437c2"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("a07694b3-e8a1-555d-469a-475d27d82c39"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("a4e716e2-1a19-c30e-e0b1-d59800fdd56c"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("ac0deadc-e069-9418-fe15-6fd3cdd225a2"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("b3346881-3f27-243d-37dc-429e0555935a"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("b576f1a2-46d7-2ef1-655a-a9683d5c535f"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("bb3d13c7-6749-5e09-3ddd-e99826e0b2c5"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("c11c9dd7-bead-e32a-2088-4a6de2c76881"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("c7bc5ef6-cd79-7d02-3f1b-f56bf68e3b7a"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("cbae2386-622c-9c24-0b76-d03c4da52297"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("ce5aac2b-a4dc-99f2-021e-2457d3088adb"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("dab7236e-2e46-45a9-169d-92e3dce3dde3"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("dc8662d5-922c-3d53-6788-793d446d914f"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("de4a2be4-1eec-a3ed-ebd7-f32e42334742"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("ef752c21-dc52-7f61-2164-f76a362ce273"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("f0b1dd7f-4468-c4e2-59d7-70aaaee7273c"),
                column: "label_ru",
                value: null);

            migrationBuilder.UpdateData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("f645c07e-3b8b-c76e-5cab-3ea291594c86"),
                column: "label_ru",
                value: null);
        }
    }
}
